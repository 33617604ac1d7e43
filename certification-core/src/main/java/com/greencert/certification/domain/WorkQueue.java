package com.greencert.certification.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The queues a certification body's staff work from. */
public enum WorkQueue {
    /** Submitted, waiting for application review. */
    TO_REVIEW,
    /** Accepted: document review and audit under way, or corrective actions to verify. */
    TO_EVALUATE,
    /** Corrective actions past their due date. */
    FINDINGS_OVERDUE,
    /** Evaluation done, waiting for the independent review. */
    INDEPENDENT_REVIEW,
    /** Reviewed, waiting for the decision. */
    DECISIONS_PENDING,
    /** Certified suppliers whose surveillance falls due within 30 days (or is overdue). */
    SURVEILLANCE_DUE;

    /** A queue by its name, in any case; anything else is refused with the names there are. */
    public static WorkQueue parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(q -> q.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("application.queue.unknown", name, Arrays.toString(values())));
    }

    /** The queues an application is in on a day: by its status, overdue findings and surveillance due within 30 days. */
    static Set<WorkQueue> of(CertificationApplication app, LocalDate today) {
        Set<WorkQueue> queues = EnumSet.noneOf(WorkQueue.class);
        ApplicationStatus status = app.statusOn(today);
        switch (status) {
            case SUBMITTED -> queues.add(WorkQueue.TO_REVIEW);
            case EVALUATION, CORRECTIVE_ACTION -> queues.add(WorkQueue.TO_EVALUATE);
            case INDEPENDENT_REVIEW -> queues.add(WorkQueue.INDEPENDENT_REVIEW);
            case DECISION_PENDING -> queues.add(WorkQueue.DECISIONS_PENDING);
            default -> { }
        }
        if (app.overdueFindings(today)) {
            queues.add(WorkQueue.FINDINGS_OVERDUE);
        }
        if (app.surveillanceDue().filter(d -> !d.isAfter(today.plusDays(30))).isPresent()
                && status == ApplicationStatus.CERTIFIED) {
            queues.add(WorkQueue.SURVEILLANCE_DUE);
        }
        return queues;
    }
}
