package com.greencert.certification.domain;

import com.greencert.certification.domain.ApplicationAction.Side;
import com.greencert.shared.caller.Role;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * What an application waits for: which party, which role, what (a message key such as
 * {@code next.correct}), and by when if the step has a due date.
 */
public record NextStep(Side party, Role role, String what, LocalDate dueOn) {

    public Optional<LocalDate> due() {
        return Optional.ofNullable(dueOn);
    }

    public boolean overdue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today);
    }

    static Optional<NextStep> of(CertificationApplication app, ApplicationStatus status, LocalDate today) {
        return Optional.ofNullable(switch (status) {
            case DRAFT, RETURNED -> new NextStep(Side.SUPPLIER, Role.SUPPLIER, "next.submit", null);
            case SUBMITTED -> new NextStep(Side.BODY, Role.ASSESSOR, "next.application.review", null);
            case EVALUATION -> new NextStep(Side.BODY, Role.ASSESSOR, "next.evaluate",
                    app.audit().heldOn().isPresent() ? null : app.audit().plannedOn().orElse(null));
            case CORRECTIVE_ACTION -> app.findings().stream().filter(f -> f.status() == Finding.Status.OPEN)
                    .min(Comparator.comparing(Finding::dueOn))
                    .map(f -> new NextStep(Side.SUPPLIER, Role.SUPPLIER, "next.correct", f.dueOn()))
                    .orElse(new NextStep(Side.BODY, Role.ASSESSOR, "next.verify", null));
            case INDEPENDENT_REVIEW -> new NextStep(Side.BODY, Role.REVIEWER, "next.review", null);
            case DECISION_PENDING -> new NextStep(Side.BODY, Role.DECISION_MAKER, "next.decide", null);
            case CERTIFIED -> app.surveillanceDue()
                    .map(d -> new NextStep(Side.BODY, Role.ASSESSOR, "next.surveillance", d))
                    .orElse(new NextStep(Side.SUPPLIER, Role.SUPPLIER, "next.renew",
                            app.certificate().validUntil().orElse(null)));
            case SUSPENDED -> new NextStep(Side.BODY, Role.DECISION_MAKER, "next.restore.or.withdraw", null);
            case EXPIRED -> app.renewedBy().isPresent() ? null
                    : new NextStep(Side.SUPPLIER, Role.SUPPLIER, "next.renew", null);
            case WITHDRAWN, REFUSED, CANCELLED -> null;
        });
    }
}
