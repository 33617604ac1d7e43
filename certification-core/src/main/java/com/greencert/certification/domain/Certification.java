package com.greencert.certification.domain;

import static com.greencert.certification.domain.ActionRules.require;

import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is done with an application once it is decided (ISO/IEC 17065 7.9–7.13): the certification it
 * became is surveilled, suspended, restored, withdrawn or reduced in scope by the body and renewed by the
 * supplier, and a decision — a refusal too — may be appealed and, when the appeal is upheld, reopened.
 * Not an aggregate of its own: it works on its {@link CertificationApplication}'s state, one transaction and
 * one version with it, through the same rule table ({@link ApplicationAction}) and the same history.
 */
public final class Certification {

    private final CertificationApplication app;

    Certification(CertificationApplication app) {
        this.app = app;
    }

    public void recordSurveillance(Actor actor, LocalDate heldOn, boolean satisfactory, String note, LocalDate today,
            Instant at) {
        app.guard(ApplicationAction.RECORD_SURVEILLANCE, actor, today);
        require(heldOn != null && !heldOn.isAfter(today), "application.surveillance.date");
        Certificate certificate = app.certificate();
        LocalDate since = certificate.lastSurveillanceOn().or(certificate::issuedOn).orElseThrow();
        require(!heldOn.isBefore(since), "application.surveillance.before", since);
        String text = Text.optional("note", note, 2000);
        require(satisfactory || text != null, "application.surveillance.note.required");
        app.certificate(certificate.surveilled(heldOn));
        app.record(ApplicationAction.RECORD_SURVEILLANCE, actor, at,
                heldOn + (satisfactory ? " satisfactory" : " not satisfactory: " + text));
    }

    public void suspend(Actor actor, String reason, LocalDate today, Instant at) {
        app.guard(ApplicationAction.SUSPEND, actor, today);
        app.transition(ApplicationAction.SUSPEND, actor, ApplicationStatus.SUSPENDED, at, Text.required("reason", reason, 2000));
    }

    public void restore(Actor actor, String reason, LocalDate today, Instant at) {
        app.guard(ApplicationAction.RESTORE, actor, today);
        app.transition(ApplicationAction.RESTORE, actor, ApplicationStatus.CERTIFIED, at, Text.required("reason", reason, 2000));
    }

    public void withdraw(Actor actor, String reason, LocalDate today, Instant at) {
        app.guard(ApplicationAction.WITHDRAW, actor, today);
        app.transition(ApplicationAction.WITHDRAW, actor, ApplicationStatus.WITHDRAWN, at, Text.required("reason", reason, 2000));
    }

    public void reduceScope(Actor actor, Collection<String> products, String reason, LocalDate today, Instant at) {
        app.guard(ApplicationAction.REDUCE_SCOPE, actor, today);
        String why = Text.required("reason", reason, 2000);
        List<String> scope = app.reducedScope(products);
        Certificate certificate = app.certificate();
        require(certificate.scope().containsAll(scope) && scope.size() < certificate.scope().size(),
                "application.scope.not.reduced");
        app.certificate(certificate.withScope(scope));
        app.record(ApplicationAction.REDUCE_SCOPE, actor, at, scope.size() + " products; " + why);
    }

    /** A new application for the next certification cycle, carrying this one's scope and history link. */
    public CertificationApplication renew(Actor actor, ApplicationId newId, Scheme scheme, LocalDate today, Instant at) {
        app.guard(ApplicationAction.RENEW, actor, today);
        require(app.renewedBy().isEmpty(), "application.renewed.already", app.renewedBy().map(ApplicationId::toString).orElse(null));
        require(scheme.body().equals(app.body()), "application.renewal.scheme");
        CertificationApplication next = app.renewal(newId, actor, scheme, at);
        app.record(ApplicationAction.RENEW, actor, at, "renewal " + newId);
        return next;
    }

    /** Checks that the actor may appeal the current decision (the appeal itself is its own aggregate). */
    public void checkAppealable(Actor actor, LocalDate today) {
        app.guard(ApplicationAction.APPEAL, actor, today);
        require(appealable(), "application.appeal.nothing");
    }

    /**
     * An upheld appeal undoes what was appealed: a refusal goes back to independent review, a suspension or
     * withdrawal is lifted, a reduced scope is restored. Only who the table names to uphold an appeal may.
     */
    public void reopenAfterAppeal(Actor handler, AppealId appeal, Instant at) {
        app.guard(ApplicationAction.APPEAL, ApplicationAction.APPEAL.upheldBy().orElseThrow(), handler, null);
        String upheld = "appeal " + appeal + " upheld";
        switch (app.storedStatus()) {
            case REFUSED -> {
                app.verdict(Verdict.none());
                app.transition(ApplicationAction.APPEAL, handler, ApplicationStatus.INDEPENDENT_REVIEW, at, upheld);
            }
            case SUSPENDED, WITHDRAWN -> app.transition(ApplicationAction.APPEAL, handler, ApplicationStatus.CERTIFIED, at,
                    upheld);
            case CERTIFIED -> {
                app.certificate(app.certificate().withScope(app.products()));
                app.record(ApplicationAction.APPEAL, handler, at, upheld + ": scope restored");
            }
            default -> throw new RuleViolationException("application.action.state", ApplicationAction.APPEAL.slug(),
                    app.storedStatus().name());
        }
    }

    /** A certification granted in full leaves nothing to appeal; a reduced one, a refusal, suspension or withdrawal does. */
    boolean appealable() {
        return app.storedStatus() != ApplicationStatus.CERTIFIED || app.certificate().scope().size() < app.products().size();
    }

    /**
     * Who took part in what an appeal on this application is about — the evaluation, the review, the decision,
     * and any suspension, withdrawal or scope reduction: none of them may handle the appeal.
     */
    public Set<String> involvedInDecisions() {
        Set<String> involved = new LinkedHashSet<>(app.evaluatorSet());
        app.verdict().reviewer().ifPresent(involved::add);
        app.verdict().decider().ifPresent(involved::add);
        Set<String> decisions = Set.of(ApplicationAction.SUSPEND.slug(), ApplicationAction.WITHDRAW.slug(),
                ApplicationAction.REDUCE_SCOPE.slug());
        app.history().stream().filter(e -> decisions.contains(e.action())).forEach(e -> involved.add(e.actor()));
        return involved;
    }
}
