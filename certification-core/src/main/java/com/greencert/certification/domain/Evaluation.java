package com.greencert.certification.domain;

import static com.greencert.certification.domain.ActionRules.require;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The body's evaluation of an accepted application (ISO/IEC 17065 7.4): the document review of each
 * criterion, the audit, the findings raised, and the corrective actions the supplier takes and the assessor
 * verifies. Everyone who takes part becomes an evaluator, whom the independent steps refuse. Not an
 * aggregate of its own: it works on its {@link CertificationApplication}'s state, through the same rule table
 * ({@link ApplicationAction}) and the same history.
 */
public final class Evaluation {

    private final CertificationApplication app;

    Evaluation(CertificationApplication app) {
        this.app = app;
    }

    public void reviewCriterion(Actor actor, Scheme scheme, String code, boolean conforms, String note, Instant at) {
        app.guard(ApplicationAction.REVIEW_CRITERION, actor, null);
        Criterion criterion = criterionOf(scheme, code);
        String text = Text.optional("note", note, 2000);
        require(conforms || text != null, "application.criterion.note.required", criterion.code());
        app.reviewed(new CriterionReview(criterion.code(), conforms, text, actor.username(), at));
        app.addEvaluator(actor.username());
        app.record(ApplicationAction.REVIEW_CRITERION, actor, at,
                criterion.code() + (conforms ? " conforms" : " does not conform"));
    }

    public void planAudit(Actor actor, LocalDate on, String auditor, AuditVisit.Mode mode, Instant at) {
        app.guard(ApplicationAction.PLAN_AUDIT, actor, null);
        if (on == null || mode == null) {
            throw new InvalidInputException("field.required", on == null ? "plannedOn" : "mode");
        }
        String who = Text.required("auditor", auditor, 200);
        app.audit(new AuditVisit(on, who, mode));
        app.addEvaluator(actor.username());
        app.addEvaluator(who);
        app.record(ApplicationAction.PLAN_AUDIT, actor, at, on + " " + mode + " by " + who);
    }

    /** The assessor attaches one of the body's own audit reports to the application, for the audit to name. */
    public void attachAuditReport(Actor actor, AttachedEvidence report, Instant at) {
        app.guard(ApplicationAction.ATTACH_AUDIT_REPORT, actor, null);
        require(report.type() == com.greencert.evidence.domain.EvidenceType.AUDIT_REPORT, "application.audit.report.type",
                report.type());
        app.auditReportAttached(report);
        app.addEvaluator(actor.username());
        app.record(ApplicationAction.ATTACH_AUDIT_REPORT, actor, at, "\"" + report.title() + "\"");
    }

    public void recordAudit(Actor actor, LocalDate heldOn, EvidenceId report, LocalDate today, Instant at) {
        app.guard(ApplicationAction.RECORD_AUDIT, actor, null);
        require(app.audit().planned(), "application.audit.not.planned");
        if (heldOn == null || report == null) {
            throw new InvalidInputException("field.required", heldOn == null ? "heldOn" : "reportEvidenceId");
        }
        require(!heldOn.isAfter(today), "application.audit.future");
        LocalDate planned = app.audit().plannedOn().orElseThrow();
        require(!heldOn.isBefore(planned), "application.audit.before.planned", heldOn, planned);
        AttachedEvidence attached = app.auditReports().stream().filter(r -> r.evidenceId().equals(report)).findFirst()
                .orElseThrow(() -> new com.greencert.shared.domain.RuleViolationException("application.audit.report.not.attached"));
        app.audit(app.audit().held(heldOn, report));
        app.addEvaluator(actor.username());
        app.record(ApplicationAction.RECORD_AUDIT, actor, at, "held " + heldOn + ", report \"" + attached.title() + "\"");
    }

    public FindingId raiseFinding(Actor actor, Scheme scheme, Finding.Severity severity, String code, String description,
            LocalDate dueOn, LocalDate today, Instant at) {
        app.guard(ApplicationAction.RAISE_FINDING, actor, null);
        Finding finding = new Finding(app, severity, criterionOf(scheme, code).code(), description, dueOn,
                actor.username(), at, today);
        app.raised(finding);
        app.addEvaluator(actor.username());
        app.record(ApplicationAction.RAISE_FINDING, actor, at, severity + " " + finding.criterionCode() + " due " + dueOn);
        return finding.id();
    }

    public void completeEvaluation(Actor actor, Scheme scheme, Instant at) {
        app.guard(ApplicationAction.COMPLETE_EVALUATION, actor, null);
        List<CriterionReview> reviews = app.criterionReviews();
        List<Finding> findings = app.findings();
        List<String> unreviewed = scheme.criteria().stream().map(Criterion::code)
                .filter(c -> reviews.stream().noneMatch(r -> r.criterionCode().equals(c))).toList();
        require(unreviewed.isEmpty(), "application.criteria.unreviewed", String.join(", ", unreviewed));
        require(app.audit().held(), "application.audit.not.held");
        List<String> unfounded = reviews.stream().filter(r -> !r.conforms()).map(CriterionReview::criterionCode)
                .filter(c -> findings.stream().noneMatch(f -> f.criterionCode().equals(c))).toList();
        require(unfounded.isEmpty(), "application.criteria.without.finding", String.join(", ", unfounded));
        boolean blocked = findings.stream().anyMatch(Finding::blocking);
        app.transition(ApplicationAction.COMPLETE_EVALUATION, actor,
                blocked ? ApplicationStatus.CORRECTIVE_ACTION : ApplicationStatus.INDEPENDENT_REVIEW, at, null);
    }

    // ---- corrective actions and their verification

    public void respondToFinding(Actor actor, FindingId finding, String correction, EvidenceId proof, Instant at) {
        app.guard(ApplicationAction.RESPOND_TO_FINDING, actor, null);
        findingOf(finding).respond(correction, proof, at);
        app.record(ApplicationAction.RESPOND_TO_FINDING, actor, at, finding.toString());
    }

    public void verifyCorrection(Actor actor, FindingId finding, boolean effective, String note, Instant at) {
        app.guard(ApplicationAction.VERIFY_CORRECTION, actor, null);
        findingOf(finding).verify(effective, note, actor.username());
        app.addEvaluator(actor.username());
        app.record(ApplicationAction.VERIFY_CORRECTION, actor, at, finding + (effective ? " closed" : " reopened"));
    }

    public void completeVerification(Actor actor, Instant at) {
        app.guard(ApplicationAction.COMPLETE_VERIFICATION, actor, null);
        long blocking = app.findings().stream().filter(Finding::blocking).count();
        require(blocking == 0, "application.findings.blocking", blocking);
        app.transition(ApplicationAction.COMPLETE_VERIFICATION, actor, ApplicationStatus.INDEPENDENT_REVIEW, at, null);
    }

    private Criterion criterionOf(Scheme scheme, String code) {
        require(scheme.id().equals(app.schemeId()), "application.scheme.mismatch");
        return scheme.criterion(code).orElseThrow(() -> new NotFoundException("criterion", code));
    }

    private Finding findingOf(FindingId finding) {
        return app.findings().stream().filter(f -> f.id().equals(finding)).findFirst()
                .orElseThrow(() -> new NotFoundException("finding", finding));
    }
}
