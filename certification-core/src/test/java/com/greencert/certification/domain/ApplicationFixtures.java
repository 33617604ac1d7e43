package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One application driven through legal commands into a chosen state, with the scheme it uses, the finding
 * raised during its evaluation and the day it is looked at; and {@link #perform} runs the real command
 * behind each {@link ApplicationAction} with valid arguments, so that every action the table allows in a
 * state succeeds on the fixture of that state.
 */
final class ApplicationFixtures {

    static final TenantId SUPPLIER_TENANT = TenantId.of("zhejiang-greenpower");
    static final TenantId BODY = TenantId.of("sinoeco-cert");
    static final TenantId OTHER_SUPPLIER = TenantId.of("ningbo-rival-chem");
    static final TenantId OTHER_BODY = TenantId.of("other-cert");
    static final TenantId BUYER_TENANT = TenantId.of("rotterdam-buyer");

    static final Actor SUPPLIER = actor("li.supplier", SUPPLIER_TENANT, Role.SUPPLIER);
    static final Actor ASSESSOR = actor("chen.assessor", BODY, Role.ASSESSOR);
    static final Actor REVIEWER = actor("zhou.reviewer", BODY, Role.REVIEWER);
    static final Actor DECIDER = actor("sun.decider", BODY, Role.DECISION_MAKER);
    /** The auditor named when the audit is planned: not an actor in the fixtures, but an evaluator. */
    static final String AUDITOR = "wu.auditor";

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final List<String> PRODUCTS = List.of("p1", "p2", "p3");
    static final List<String> FACILITIES = List.of("f1");
    static final List<String> REDUCED = List.of("p1", "p2");

    private static final AtomicLong CLOCK = new AtomicLong(Instant.parse("2026-03-02T08:00:00Z").getEpochSecond());

    /** A later instant on every call, so the history's order is the order of the calls. */
    static Instant at() {
        return Instant.ofEpochSecond(CLOCK.getAndAdd(60));
    }

    static Actor actor(String username, TenantId tenant, Role... roles) {
        return new Actor(username, null, tenant, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), false);
    }

    static Actor conflicted(Actor a) {
        return new Actor(a.username(), a.displayName(), a.tenant(), a.roles(), true);
    }

    /** The fixture actor whose role and side the action needs. */
    static Actor actorFor(ApplicationAction action) {
        return switch (action.role()) {
            case SUPPLIER -> SUPPLIER;
            case ASSESSOR -> ASSESSOR;
            case REVIEWER -> REVIEWER;
            case DECISION_MAKER -> DECIDER;
            default -> throw new IllegalArgumentException(action.name());
        };
    }

    static TenantId tenantOf(ApplicationAction.Side side) {
        return side == ApplicationAction.Side.SUPPLIER ? SUPPLIER_TENANT : BODY;
    }

    /** Names products and facilities by id alone (the service adds their names and HS codes). */
    static void cover(CertificationApplication app, Actor actor, List<String> products, List<String> facilities) {
        app.cover(actor, products.stream().map(p -> new CoveredItem(CoveredItem.Kind.PRODUCT, p, p, null)).toList(),
                facilities.stream().map(id -> new CoveredItem(CoveredItem.Kind.FACILITY, id, id, null)).toList(), at());
    }

    static Criterion sdsCriterion() {
        return new Criterion("SDS", "Safety data sheet revised within 3 years", "安全技术说明书三年内修订",
                Set.of(EvidenceType.SAFETY_DATA_SHEET), 36, null, null);
    }

    static Criterion isoCriterion() {
        return new Criterion("ISO14001", "Certified environmental management system", null,
                Set.of(EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE), null, null, null);
    }

    /** Green Chemistry Export of sinoeco-cert: certificates valid 36 months, surveillance every 12. */
    static Scheme scheme() {
        return new Scheme(SchemeId.newId(), BODY, "GCE-GOLD", "Green Chemistry Export — Gold", "绿色化学品出口 金级", 36, 12,
                List.of(sdsCriterion(), isoCriterion()), at());
    }

    /** The same scheme as its body publishes it: applications are made only against published versions. */
    static Scheme publishedScheme() {
        Scheme scheme = scheme();
        scheme.publish("sun.decider", at());
        return scheme;
    }

    static AttachedEvidence sds(LocalDate issuedOn) {
        return new AttachedEvidence(EvidenceId.newId(), EvidenceType.SAFETY_DATA_SHEET, "SDS LFP electrolyte", issuedOn, null);
    }

    static AttachedEvidence isoCertificate(LocalDate issuedOn, LocalDate expiresOn) {
        return new AttachedEvidence(EvidenceId.newId(), EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE, "ISO 14001 certificate",
                issuedOn, expiresOn);
    }

    // ---- the fixture

    final Scheme scheme = publishedScheme();
    CertificationApplication app;
    /** The finding raised on ISO14001 during the evaluation, once there is one. */
    FindingId finding;
    /** The day the application is looked at and commands are given. */
    LocalDate today = TODAY;
    /** What the last RENEW returned. */
    CertificationApplication renewal;

    /** A fresh application driven into the state (EXPIRED: a certified one looked at after its validity). */
    static ApplicationFixtures in(ApplicationStatus status) {
        ApplicationFixtures f = new ApplicationFixtures();
        switch (status) {
            case DRAFT -> f.draft();
            case SUBMITTED -> f.draft().submit();
            case RETURNED -> f.draft().submit().returnIt();
            case EVALUATION -> f.evaluation(Finding.Severity.MINOR);
            case CORRECTIVE_ACTION -> f.correctiveAction();
            case INDEPENDENT_REVIEW -> f.independentReview();
            case DECISION_PENDING -> f.decisionPending();
            case CERTIFIED -> f.certified();
            case SUSPENDED -> f.certified().suspend();
            case WITHDRAWN -> f.certified().withdraw();
            case REFUSED -> f.decisionPending().decide(Verdict.Outcome.REFUSE);
            case CANCELLED -> f.draft().cancel();
            case EXPIRED -> f.certified().expire();
        }
        return f;
    }

    /** A draft with no products and no evidence. */
    ApplicationFixtures emptyDraft() {
        scheme.freeze();
        app = new CertificationApplication(ApplicationId.newId(), SUPPLIER, scheme, at());
        return this;
    }

    /** A complete draft: three products, one facility, current evidence for both criteria. */
    ApplicationFixtures draft() {
        emptyDraft();
        cover(app, SUPPLIER, PRODUCTS, FACILITIES);
        app.attach(SUPPLIER, sds(TODAY.minusMonths(8)), at());
        app.attach(SUPPLIER, isoCertificate(TODAY.minusYears(1), TODAY.plusYears(2)), at());
        return this;
    }

    ApplicationFixtures submit() {
        app.submit(SUPPLIER, scheme, today, at());
        return this;
    }

    ApplicationFixtures returnIt() {
        app.returnForCompletion(ASSESSOR, "SDS section 14 missing", at());
        return this;
    }

    ApplicationFixtures accept() {
        app.accept(ASSESSOR, null, at());
        return this;
    }

    /** Accepted, both criteria reviewed (ISO14001 not conforming, with a finding), audit planned and held. */
    ApplicationFixtures evaluation(Finding.Severity severity) {
        draft().submit().accept();
        app.evaluation().reviewCriterion(ASSESSOR, scheme, "SDS", true, null, at());
        app.evaluation().reviewCriterion(ASSESSOR, scheme, "ISO14001", false, "certificate does not cover plant 2", at());
        finding = app.evaluation().raiseFinding(ASSESSOR, scheme, severity, "ISO14001", "Plant 2 outside the EMS scope",
                today.plusDays(30), today, at());
        app.evaluation().planAudit(ASSESSOR, today.minusDays(7), AUDITOR, AuditVisit.Mode.ON_SITE, at());
        app.evaluation().recordAudit(ASSESSOR, today.minusDays(1), auditReport(app, ASSESSOR, today.minusDays(1)), today, at());
        return this;
    }

    ApplicationFixtures completeEvaluation() {
        app.evaluation().completeEvaluation(ASSESSOR, scheme, at());
        return this;
    }

    /** Evaluation completed (the open minor finding blocks it), then the supplier responded to the finding. */
    ApplicationFixtures correctiveAction() {
        evaluation(Finding.Severity.MINOR).completeEvaluation();
        return respond();
    }

    ApplicationFixtures respond() {
        app.evaluation().respondToFinding(SUPPLIER, finding, "EMS scope extended to plant 2", EvidenceId.newId(), at());
        return this;
    }

    ApplicationFixtures verify(boolean effective) {
        app.evaluation().verifyCorrection(ASSESSOR, finding, effective, effective ? null : "scope extension not yet certified", at());
        return this;
    }

    ApplicationFixtures completeVerification() {
        app.evaluation().completeVerification(ASSESSOR, at());
        return this;
    }

    ApplicationFixtures independentReview() {
        return correctiveAction().verify(true).completeVerification();
    }

    ApplicationFixtures review() {
        app.review(REVIEWER, Verdict.Outcome.GRANT_REDUCED, "p3 not made in a certified plant", at());
        return this;
    }

    ApplicationFixtures decisionPending() {
        return independentReview().review();
    }

    ApplicationFixtures decide(Verdict.Outcome outcome) {
        app.decide(DECIDER, outcome, outcome == Verdict.Outcome.GRANT ? null : "p3 not made in a certified plant",
                outcome == Verdict.Outcome.GRANT_REDUCED ? REDUCED : null, today, at());
        return this;
    }

    /** Granted with the reduced scope [p1, p2]. */
    ApplicationFixtures certified() {
        return decisionPending().decide(Verdict.Outcome.GRANT_REDUCED);
    }

    ApplicationFixtures suspend() {
        app.certification().suspend(DECIDER, "surveillance overdue", today, at());
        return this;
    }

    ApplicationFixtures withdraw() {
        app.certification().withdraw(DECIDER, "undeclared SVHC confirmed", today, at());
        return this;
    }

    ApplicationFixtures cancel() {
        app.cancel(SUPPLIER, "market exit", at());
        return this;
    }

    /** Looks at the certified application the day after its certificate's validity. */
    ApplicationFixtures expire() {
        today = app.certificate().validUntil().orElseThrow().plusDays(1);
        return this;
    }

    /** An audit report of the body, as the application keeps it once attached. */
    static AttachedEvidence report(LocalDate issuedOn) {
        return new AttachedEvidence(EvidenceId.newId(), EvidenceType.AUDIT_REPORT, "On-site audit report", issuedOn, null);
    }

    /** Attaches a new audit report to the application, as the assessor, and answers its id (to record the audit with). */
    EvidenceId auditReport(CertificationApplication app, Actor assessor, LocalDate issuedOn) {
        AttachedEvidence report = report(issuedOn);
        app.evaluation().attachAuditReport(assessor, report, at());
        return report.evidenceId();
    }

    /** Runs the command behind the action, as the actor, with valid arguments (APPEAL: checkAppealable). */
    void perform(ApplicationAction action, Actor actor) {
        FindingId f = finding == null ? FindingId.newId() : finding;
        switch (action) {
            case EDIT -> cover(app, actor, PRODUCTS, List.of("f1", "f2"));
            case SUBMIT -> app.submit(actor, scheme, today, at());
            case CANCEL -> app.cancel(actor, "no longer needed", at());
            case ACCEPT -> app.accept(actor, "complete", at());
            case RETURN -> app.returnForCompletion(actor, "SDS section 14 missing", at());
            case REVIEW_CRITERION -> app.evaluation().reviewCriterion(actor, scheme, "SDS", true, "revised 2025", at());
            case PLAN_AUDIT -> app.evaluation().planAudit(actor, today.plusDays(14), AUDITOR, AuditVisit.Mode.REMOTE, at());
            case ATTACH_AUDIT_REPORT -> app.evaluation().attachAuditReport(actor, report(today), at());
            case RECORD_AUDIT -> app.evaluation().recordAudit(actor, today, app.auditReports().isEmpty() ? EvidenceId.newId()
                    : app.auditReports().getLast().evidenceId(), today, at()); // the report attached in evaluation()
            case RAISE_FINDING -> app.evaluation().raiseFinding(actor, scheme, Finding.Severity.MINOR, "SDS", "Section 14 outdated",
                    today.plusDays(60), today, at());
            case COMPLETE_EVALUATION -> app.evaluation().completeEvaluation(actor, scheme, at());
            case RESPOND_TO_FINDING -> app.evaluation().respondToFinding(actor, f, "Certificate extended", EvidenceId.newId(), at());
            case VERIFY_CORRECTION -> app.evaluation().verifyCorrection(actor, f, true, "checked", at());
            case COMPLETE_VERIFICATION -> app.evaluation().completeVerification(actor, at());
            case REVIEW -> app.review(actor, Verdict.Outcome.GRANT, null, at());
            case DECIDE -> app.decide(actor, Verdict.Outcome.GRANT_REDUCED, "p3 not made in a certified plant", REDUCED,
                    today, at());
            case RECORD_SURVEILLANCE -> app.certification().recordSurveillance(actor, today, true, null, today, at());
            case SUSPEND -> app.certification().suspend(actor, "surveillance refused", today, at());
            case RESTORE -> app.certification().restore(actor, "surveillance done", today, at());
            case REDUCE_SCOPE -> app.certification().reduceScope(actor, List.of("p1"), "p2 reformulated", today, at());
            case WITHDRAW -> app.certification().withdraw(actor, "fraud", today, at());
            case RENEW -> renewal = app.certification().renew(actor, ApplicationId.newId(), scheme, today, at());
            case APPEAL -> app.certification().checkAppealable(actor, today);
        }
    }

    /** Everything a refused command must leave as it was. */
    record Snapshot(ApplicationStatus status, int history, List<String> products, List<String> facilities,
            List<String> evidence, Set<String> evaluators, List<String> reviews, String audit, List<String> findings,
            String verdict, String certificate, Optional<ApplicationId> renewedBy) {
    }

    Snapshot snapshot() {
        Verdict v = app.verdict();
        Certificate c = app.certificate();
        AuditVisit a = app.audit();
        return new Snapshot(app.statusOn(today), app.history().size(), app.products(), app.facilities(),
                app.evidence().stream().map(e -> e.evidenceId().toString()).toList(), app.evaluators(),
                app.criterionReviews().stream().map(r -> r.criterionCode() + ":" + r.conforms() + ":" + r.note().orElse(""))
                        .toList(),
                a.plannedOn() + " " + a.auditor() + " " + a.mode() + " " + a.heldOn() + " " + a.report(),
                app.findings().stream().map(x -> x.id() + ":" + x.severity() + ":" + x.status() + ":"
                        + x.correction().orElse("") + ":" + x.verifiedBy().orElse("")).toList(),
                v.reviewer() + " " + v.recommendation() + " " + v.decider() + " " + v.decision() + " " + v.decisionReason(),
                c.issuedOn() + " " + c.validUntil() + " " + c.scope() + " " + c.lastSurveillanceOn(), app.renewedBy());
    }
}
