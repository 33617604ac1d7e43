package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationFixtures.ASSESSOR;
import static com.greencert.certification.domain.ApplicationFixtures.BODY;
import static com.greencert.certification.domain.ApplicationFixtures.DECIDER;
import static com.greencert.certification.domain.ApplicationFixtures.PRODUCTS;
import static com.greencert.certification.domain.ApplicationFixtures.REVIEWER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.cover;
import static com.greencert.certification.domain.ApplicationFixtures.TODAY;
import static com.greencert.certification.domain.ApplicationFixtures.at;
import static com.greencert.certification.domain.ApplicationFixtures.isoCertificate;
import static com.greencert.certification.domain.ApplicationFixtures.sds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.certification.domain.ApplicationAction.Side;
import com.greencert.certification.domain.MissingEvidence.Reason;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.HsCode;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules inside the steps: completeness, evaluation, findings, decision, expiry, surveillance, renewal, appeal, scheme. */
class ApplicationRulesTest {

    /** Asserts the command is refused with the key and leaves the application as it was. */
    static void refused(ApplicationFixtures f, Class<? extends DomainException> type, String key, ThrowingCallable command) {
        ApplicationFixtures.Snapshot before = f.snapshot();
        assertThatThrownBy(command).isInstanceOfSatisfying(type, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    static ApplicationFixtures accepted() {
        return new ApplicationFixtures().draft().submit().accept();
    }

    static void auditHeld(ApplicationFixtures f) {
        f.app.evaluation().planAudit(ASSESSOR, TODAY.minusDays(3), "wu.auditor", AuditVisit.Mode.REMOTE, at());
        f.app.evaluation().recordAudit(ASSESSOR, TODAY, f.auditReport(f.app, ASSESSOR, TODAY), TODAY, at());
    }

    // ---- completeness

    @Test
    void an_empty_draft_misses_evidence_for_every_criterion() {
        ApplicationFixtures f = new ApplicationFixtures().emptyDraft();
        assertThat(f.app.missing(f.scheme, TODAY)).containsExactly(
                new MissingEvidence("SDS", EvidenceType.SAFETY_DATA_SHEET, Reason.MISSING),
                new MissingEvidence("ISO14001", EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE, Reason.MISSING));
    }

    @Test
    void expired_and_too_old_evidence_is_listed_and_blocks_submission() {
        ApplicationFixtures f = new ApplicationFixtures().emptyDraft();
        cover(f.app, SUPPLIER, PRODUCTS, List.of());
        f.app.attach(SUPPLIER, sds(TODAY.minusMonths(36).minusDays(1)), at());
        f.app.attach(SUPPLIER, isoCertificate(TODAY.minusYears(3), TODAY.minusDays(1)), at());
        assertThat(f.app.missing(f.scheme, TODAY)).containsExactly(
                new MissingEvidence("SDS", EvidenceType.SAFETY_DATA_SHEET, Reason.TOO_OLD),
                new MissingEvidence("ISO14001", EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE, Reason.EXPIRED));
        refused(f, RuleViolationException.class, "application.incomplete", () -> f.submit());
        // the day before, both still count
        assertThat(f.app.missing(f.scheme, TODAY.minusDays(1))).isEmpty();
    }

    @Test
    void one_current_piece_of_a_type_is_enough() {
        ApplicationFixtures f = new ApplicationFixtures().draft();
        f.app.attach(SUPPLIER, sds(TODAY.minusYears(6)), at());
        assertThat(f.app.missing(f.scheme, TODAY)).isEmpty();
        f.submit();
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void detaching_evidence_makes_the_application_incomplete_again() {
        ApplicationFixtures f = new ApplicationFixtures().draft();
        EvidenceId sdsId = f.app.evidence().getFirst().evidenceId();
        f.app.detach(SUPPLIER, sdsId, at());
        assertThat(f.app.missing(f.scheme, TODAY)).extracting(MissingEvidence::criterionCode).containsExactly("SDS");
        refused(f, RuleViolationException.class, "application.evidence.not.attached",
                () -> f.app.detach(SUPPLIER, sdsId, at()));
    }

    @Test
    void products_are_required_before_submission() {
        ApplicationFixtures f = new ApplicationFixtures().emptyDraft();
        f.app.attach(SUPPLIER, sds(TODAY), at());
        f.app.attach(SUPPLIER, isoCertificate(TODAY, null), at());
        refused(f, RuleViolationException.class, "application.products.required", () -> f.submit());
    }

    @Test
    void a_refused_scope_leaves_the_products_as_they_were() {
        ApplicationFixtures f = new ApplicationFixtures().draft();
        List<String> tooMany = IntStream.range(0, 400).mapToObj(i -> "product-" + i).toList();
        refused(f, RuleViolationException.class, "application.scope.too.large",
                () -> cover(f.app, SUPPLIER, tooMany, List.of("f1")));
        assertThat(f.app.products()).isEqualTo(PRODUCTS);
    }

    @Test
    void a_body_cannot_apply_to_itself() {
        Actor bodySupplier = ApplicationFixtures.actor("x.self", BODY, Role.SUPPLIER);
        assertThatThrownBy(() -> new CertificationApplication(ApplicationId.newId(), bodySupplier,
                ApplicationFixtures.scheme(), at())).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.self"));
    }

    // ---- evaluation

    @Test
    void evaluation_cannot_complete_with_an_unreviewed_criterion() {
        ApplicationFixtures f = accepted();
        f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "sds", true, null, at());
        auditHeld(f);
        refused(f, RuleViolationException.class, "application.criteria.unreviewed", () -> f.completeEvaluation());
    }

    @Test
    void only_the_bodys_assessor_attaches_an_audit_report_and_only_an_audit_report() {
        ApplicationFixtures f = accepted();
        refused(f, RuleViolationException.class, "application.audit.report.type", () -> f.app.evaluation()
                .attachAuditReport(ASSESSOR, ApplicationFixtures.sds(TODAY.minusMonths(1)), at()));
        assertThatThrownBy(() -> f.app.evaluation().attachAuditReport(SUPPLIER, ApplicationFixtures.report(TODAY), at()))
                .isInstanceOf(com.greencert.shared.domain.DomainException.class);
        assertThat(f.app.auditReports()).isEmpty();
        f.auditReport(f.app, ASSESSOR, TODAY);
        assertThat(f.app.auditReports()).extracting(AttachedEvidence::title).containsExactly("On-site audit report");
    }

    @Test
    void evaluation_cannot_complete_before_the_audit_is_held() {
        ApplicationFixtures f = accepted();
        f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "SDS", true, null, at());
        f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "ISO14001", true, null, at());
        refused(f, RuleViolationException.class, "application.audit.not.held", () -> f.completeEvaluation());
        refused(f, RuleViolationException.class, "application.audit.not.planned",
                () -> f.app.evaluation().recordAudit(ASSESSOR, TODAY, EvidenceId.newId(), TODAY, at()));
        f.app.evaluation().planAudit(ASSESSOR, TODAY.minusDays(2), "wu.auditor", AuditVisit.Mode.ON_SITE, at());
        refused(f, RuleViolationException.class, "application.audit.not.held", () -> f.completeEvaluation());
        // the audit names a report attached to this application, and no other
        refused(f, RuleViolationException.class, "application.audit.report.not.attached",
                () -> f.app.evaluation().recordAudit(ASSESSOR, TODAY, EvidenceId.newId(), TODAY, at()));
        EvidenceId report = f.auditReport(f.app, ASSESSOR, TODAY);
        refused(f, RuleViolationException.class, "application.audit.future",
                () -> f.app.evaluation().recordAudit(ASSESSOR, TODAY.plusDays(1), report, TODAY, at()));
        refused(f, RuleViolationException.class, "application.audit.before.planned",
                () -> f.app.evaluation().recordAudit(ASSESSOR, TODAY.minusDays(3), report, TODAY, at()));
        f.app.evaluation().recordAudit(ASSESSOR, TODAY, report, TODAY, at());
        assertThat(f.app.audit().report()).contains(report);
        assertThat(f.app.history().getLast().note().orElseThrow()).contains("On-site audit report").doesNotContain(report.toString());
        f.completeEvaluation();
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.INDEPENDENT_REVIEW);
    }

    @Test
    void a_criterion_that_does_not_conform_needs_a_note_and_a_finding() {
        ApplicationFixtures f = accepted();
        f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "SDS", true, null, at());
        refused(f, RuleViolationException.class, "application.criterion.note.required",
                () -> f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "ISO14001", false, " ", at()));
        f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "ISO14001", false, "expired", at());
        auditHeld(f);
        refused(f, RuleViolationException.class, "application.criteria.without.finding", () -> f.completeEvaluation());
        refused(f, InvalidInputException.class, "finding.due.future", () -> f.app.evaluation().raiseFinding(ASSESSOR, f.scheme,
                Finding.Severity.MINOR, "ISO14001", "expired", TODAY, TODAY, at()));
        refused(f, NotFoundException.class, "not.found", () -> f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "REACH", true,
                null, at()));
        refused(f, RuleViolationException.class, "application.scheme.mismatch", () -> f.app.evaluation().reviewCriterion(ASSESSOR,
                ApplicationFixtures.scheme(), "SDS", true, null, at()));
    }

    // ---- findings

    @Test
    void a_major_finding_blocks_until_verified_effective_and_an_ineffective_correction_reopens_it() {
        ApplicationFixtures f = new ApplicationFixtures().evaluation(Finding.Severity.MAJOR).completeEvaluation();
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.CORRECTIVE_ACTION);
        refused(f, RuleViolationException.class, "finding.not.responded", () -> f.verify(true));
        f.respond();
        refused(f, RuleViolationException.class, "application.findings.blocking", () -> f.completeVerification());

        f.verify(false);
        Finding finding = f.app.findings().getFirst();
        assertThat(finding.status()).isEqualTo(Finding.Status.OPEN);
        assertThat(finding.verifiedBy()).contains("chen.assessor");
        assertThat(f.app.nextStep(TODAY)).get().extracting(NextStep::party, NextStep::what)
                .containsExactly(Side.SUPPLIER, "next.correct");
        refused(f, RuleViolationException.class, "application.findings.blocking", () -> f.completeVerification());

        f.respond().verify(true);
        assertThat(f.app.findings().getFirst().status()).isEqualTo(Finding.Status.CLOSED);
        refused(f, RuleViolationException.class, "finding.closed", () -> f.respond());
        f.completeVerification();
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.INDEPENDENT_REVIEW);
    }

    @Test
    void a_minor_finding_blocks_only_until_answered() {
        ApplicationFixtures f = new ApplicationFixtures().evaluation(Finding.Severity.MINOR).completeEvaluation();
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.CORRECTIVE_ACTION);
        refused(f, RuleViolationException.class, "application.findings.blocking", () -> f.completeVerification());
        f.respond().completeVerification();
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.INDEPENDENT_REVIEW);
    }

    @Test
    void a_refused_verification_changes_nothing() {
        ApplicationFixtures f = new ApplicationFixtures().evaluation(Finding.Severity.MAJOR).completeEvaluation().respond();
        refused(f, InvalidInputException.class, "field.too.long",
                () -> f.app.evaluation().verifyCorrection(ASSESSOR, f.finding, false, "x".repeat(2001), at()));
        refused(f, NotFoundException.class, "not.found",
                () -> f.app.evaluation().verifyCorrection(ASSESSOR, FindingId.newId(), true, null, at()));
    }

    // ---- decision

    @Test
    void a_refusal_needs_a_reason() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING);
        refused(f, InvalidInputException.class, "field.required",
                () -> f.app.decide(DECIDER, Verdict.Outcome.REFUSE, " ", null, TODAY, at()));
        f.app.decide(DECIDER, Verdict.Outcome.REFUSE, "carbon footprint above limit", null, TODAY, at());
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(f.app.certificate().issued()).isFalse();
        assertThat(f.app.verdict().decisionReason()).contains("carbon footprint above limit");
    }

    @Test
    void a_reduced_scope_must_be_a_strict_non_empty_subset_of_the_products() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING);
        for (List<String> scope : List.of(List.<String>of(), PRODUCTS, List.of("p1", "p9"), List.of("p3", "p2", "p1", "p1"))) {
            refused(f, RuleViolationException.class, "application.scope.reduced.invalid",
                    () -> f.app.decide(DECIDER, Verdict.Outcome.GRANT_REDUCED, "partly", scope, TODAY, at()));
        }
        refused(f, RuleViolationException.class, "application.scope.reduced.invalid",
                () -> f.app.decide(DECIDER, Verdict.Outcome.GRANT_REDUCED, "partly", null, TODAY, at()));
        f.app.decide(DECIDER, Verdict.Outcome.GRANT_REDUCED, "partly", List.of("p3"), TODAY, at());
        assertThat(f.app.certificate().scope()).containsExactly("p3");
    }

    @Test
    void a_grant_covers_every_product_for_the_schemes_validity() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING).decide(Verdict.Outcome.GRANT);
        assertThat(f.app.certificate().scope()).isEqualTo(PRODUCTS);
        assertThat(f.app.certificate().issuedOn()).contains(TODAY);
        assertThat(f.app.certificate().validUntil()).contains(TODAY.plusMonths(36).minusDays(1));
    }

    @Test
    void reducing_the_scope_must_reduce_it() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        refused(f, RuleViolationException.class, "application.scope.not.reduced",
                () -> f.app.certification().reduceScope(DECIDER, List.of("p1", "p3"), "why", TODAY, at()));
        refused(f, RuleViolationException.class, "application.scope.not.reduced",
                () -> f.app.certification().reduceScope(DECIDER, List.of("p2", "p1"), "why", TODAY, at()));
        f.app.certification().reduceScope(DECIDER, List.of("p2"), "p1 reformulated", TODAY, at());
        assertThat(f.app.certificate().scope()).containsExactly("p2");
    }

    // ---- after certification: the clock

    @Test
    void a_certificate_expires_the_day_after_its_validity_without_anyone_writing_it() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        LocalDate validUntil = f.app.certificate().validUntil().orElseThrow();
        assertThat(f.app.statusOn(validUntil)).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(f.app.statusOn(validUntil.plusDays(1))).isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(f.app.allowedActions(SUPPLIER, validUntil.plusDays(1))).containsExactly(ApplicationAction.RENEW);
        refused(f, RuleViolationException.class, "application.action.state",
                () -> f.app.certification().suspend(DECIDER, "late", validUntil.plusDays(1), at()));
    }

    @Test
    void surveillance_is_due_one_interval_after_issue_then_after_the_last_surveillance() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        assertThat(f.app.surveillanceDue()).contains(TODAY.plusMonths(12));
        LocalDate first = TODAY.plusMonths(11);
        f.app.certification().recordSurveillance(ASSESSOR, first, true, null, first, at());
        assertThat(f.app.surveillanceDue()).contains(first.plusMonths(12));
        assertThat(f.app.nextStep(first)).contains(new NextStep(Side.BODY, Role.ASSESSOR, "next.surveillance",
                first.plusMonths(12)));
        LocalDate second = TODAY.plusMonths(25);
        f.app.certification().recordSurveillance(ASSESSOR, second, false, "SDS not updated", second, at());
        // the next one would fall after the certificate's validity: renewal is what comes next
        assertThat(f.app.surveillanceDue()).isEmpty();
        assertThat(f.app.nextStep(second)).contains(new NextStep(Side.SUPPLIER, Role.SUPPLIER, "next.renew",
                f.app.certificate().validUntil().orElseThrow()));
        f.suspend();
        assertThat(f.app.surveillanceDue()).isEmpty();
    }

    @Test
    void a_surveillance_needs_a_past_date_and_a_note_when_unsatisfactory() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        refused(f, RuleViolationException.class, "application.surveillance.date",
                () -> f.app.certification().recordSurveillance(ASSESSOR, TODAY.plusDays(1), true, null, TODAY, at()));
        refused(f, RuleViolationException.class, "application.surveillance.note.required",
                () -> f.app.certification().recordSurveillance(ASSESSOR, TODAY, false, null, TODAY, at()));
        refused(f, RuleViolationException.class, "application.surveillance.before",
                () -> f.app.certification().recordSurveillance(ASSESSOR, TODAY.minusDays(1), true, null, TODAY, at()));
    }

    // ---- next step

    @Test
    void the_next_step_names_the_party_the_role_and_the_due_date() {
        assertThat(ApplicationFixtures.in(ApplicationStatus.DRAFT).app.nextStep(TODAY))
                .contains(new NextStep(Side.SUPPLIER, Role.SUPPLIER, "next.submit", null));
        assertThat(ApplicationFixtures.in(ApplicationStatus.SUBMITTED).app.nextStep(TODAY))
                .contains(new NextStep(Side.BODY, Role.ASSESSOR, "next.application.review", null));
        assertThat(ApplicationFixtures.in(ApplicationStatus.INDEPENDENT_REVIEW).app.nextStep(TODAY))
                .contains(new NextStep(Side.BODY, Role.REVIEWER, "next.review", null));
        assertThat(ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING).app.nextStep(TODAY))
                .contains(new NextStep(Side.BODY, Role.DECISION_MAKER, "next.decide", null));
        assertThat(ApplicationFixtures.in(ApplicationStatus.SUSPENDED).app.nextStep(TODAY))
                .contains(new NextStep(Side.BODY, Role.DECISION_MAKER, "next.restore.or.withdraw", null));
        ApplicationFixtures expired = ApplicationFixtures.in(ApplicationStatus.EXPIRED);
        assertThat(expired.app.nextStep(expired.today)).contains(new NextStep(Side.SUPPLIER, Role.SUPPLIER, "next.renew", null));
        expired.perform(ApplicationAction.RENEW, SUPPLIER);
        assertThat(expired.app.nextStep(expired.today)).isEmpty();
        for (ApplicationStatus done : List.of(ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN, ApplicationStatus.CANCELLED)) {
            assertThat(ApplicationFixtures.in(done).app.nextStep(TODAY)).as(done.name()).isEmpty();
        }
    }

    @Test
    void evaluation_waits_for_the_planned_audit() {
        ApplicationFixtures f = accepted();
        assertThat(f.app.nextStep(TODAY)).contains(new NextStep(Side.BODY, Role.ASSESSOR, "next.evaluate", null));
        f.app.evaluation().planAudit(ASSESSOR, TODAY.plusDays(9), "wu.auditor", AuditVisit.Mode.ON_SITE, at());
        assertThat(f.app.nextStep(TODAY)).get().extracting(NextStep::dueOn).isEqualTo(TODAY.plusDays(9));
        assertThat(f.app.nextStep(TODAY.plusDays(10)).orElseThrow().overdue(TODAY.plusDays(10))).isTrue();
    }

    @Test
    void corrective_action_is_due_by_the_earliest_open_finding() {
        ApplicationFixtures f = accepted();
        f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "ISO14001", false, "plant 2 not covered", at());
        f.app.evaluation().reviewCriterion(ASSESSOR, f.scheme, "SDS", false, "section 14 outdated", at());
        FindingId late = f.app.evaluation().raiseFinding(ASSESSOR, f.scheme, Finding.Severity.MAJOR, "ISO14001", "plant 2",
                TODAY.plusDays(30), TODAY, at());
        FindingId early = f.app.evaluation().raiseFinding(ASSESSOR, f.scheme, Finding.Severity.MINOR, "SDS", "section 14",
                TODAY.plusDays(10), TODAY, at());
        auditHeld(f);
        f.completeEvaluation();
        assertThat(f.app.nextStep(TODAY)).contains(new NextStep(Side.SUPPLIER, Role.SUPPLIER, "next.correct",
                TODAY.plusDays(10)));
        assertThat(f.app.overdueFindings(TODAY.plusDays(10))).isFalse();
        assertThat(f.app.overdueFindings(TODAY.plusDays(11))).isTrue();
        f.app.evaluation().respondToFinding(SUPPLIER, early, "SDS revised", null, at());
        assertThat(f.app.nextStep(TODAY)).get().extracting(NextStep::dueOn).isEqualTo(TODAY.plusDays(30));
        f.app.evaluation().respondToFinding(SUPPLIER, late, "EMS extended", EvidenceId.newId(), at());
        assertThat(f.app.nextStep(TODAY)).contains(new NextStep(Side.BODY, Role.ASSESSOR, "next.verify", null));
    }

    // ---- work queues

    @Test
    void the_work_queues_follow_the_status_and_the_clock() {
        assertThat(ApplicationFixtures.in(ApplicationStatus.SUBMITTED).app.queuesOn(TODAY)).containsExactly(WorkQueue.TO_REVIEW);
        assertThat(ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING).app.queuesOn(TODAY))
                .containsExactly(WorkQueue.DECISIONS_PENDING);
        ApplicationFixtures corrective = ApplicationFixtures.in(ApplicationStatus.CORRECTIVE_ACTION);
        assertThat(corrective.app.queuesOn(TODAY)).containsExactly(WorkQueue.TO_EVALUATE);
        assertThat(corrective.app.queuesOn(TODAY.plusDays(31))).containsExactlyInAnyOrder(WorkQueue.TO_EVALUATE,
                WorkQueue.FINDINGS_OVERDUE);
        ApplicationFixtures certified = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        assertThat(certified.app.queuesOn(TODAY)).isEmpty();
        assertThat(certified.app.queuesOn(TODAY.plusMonths(12).minusDays(20))).containsExactly(WorkQueue.SURVEILLANCE_DUE);
        assertThat(certified.app.queuesOn(certified.app.certificate().validUntil().orElseThrow().plusDays(1))).isEmpty();
        assertThat(ApplicationFixtures.in(ApplicationStatus.WITHDRAWN).app.queuesOn(TODAY)).isEmpty();
    }

    // ---- renewal and appeal

    @Test
    void a_certification_is_renewed_once() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        f.perform(ApplicationAction.RENEW, SUPPLIER);
        assertThat(f.renewal.renewalOf()).contains(f.app.id());
        assertThat(f.renewal.facilities()).isEqualTo(ApplicationFixtures.FACILITIES);
        assertThat(f.app.allowedActions(SUPPLIER, TODAY)).doesNotContain(ApplicationAction.RENEW);
        refused(f, RuleViolationException.class, "application.renewed.already",
                () -> f.perform(ApplicationAction.RENEW, SUPPLIER));
        f.expire();
        refused(f, RuleViolationException.class, "application.renewed.already",
                () -> f.perform(ApplicationAction.RENEW, SUPPLIER));
    }

    @Test
    void a_renewal_stays_with_the_same_body() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.EXPIRED);
        Scheme otherBody = new Scheme(SchemeId.newId(), TenantId.of("other-cert"), "GCE-GOLD", "Other", null, 36, 12,
                List.of(ApplicationFixtures.sdsCriterion()), at());
        refused(f, RuleViolationException.class, "application.renewal.scheme",
                () -> f.app.certification().renew(SUPPLIER, ApplicationId.newId(), otherBody, f.today, at()));
    }

    @Test
    void an_upheld_appeal_against_a_refusal_sends_the_file_back_to_independent_review() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.REFUSED);
        f.app.certification().reopenAfterAppeal(DECIDER, AppealId.newId(), at());
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.INDEPENDENT_REVIEW);
        assertThat(f.app.verdict().decision()).isEmpty();
        assertThat(f.app.history().getLast().action()).isEqualTo("appeal");
        f.app.review(REVIEWER, Verdict.Outcome.GRANT, null, at());
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.DECISION_PENDING);
    }

    @Test
    void an_upheld_appeal_lifts_a_suspension_or_a_withdrawal() {
        for (ApplicationStatus lifted : List.of(ApplicationStatus.SUSPENDED, ApplicationStatus.WITHDRAWN)) {
            ApplicationFixtures f = ApplicationFixtures.in(lifted);
            f.app.certification().reopenAfterAppeal(DECIDER, AppealId.newId(), at());
            assertThat(f.app.storedStatus()).as(lifted.name()).isEqualTo(ApplicationStatus.CERTIFIED);
            assertThat(f.app.certificate().scope()).containsExactly("p1", "p2");
        }
    }

    @Test
    void an_upheld_appeal_restores_a_reduced_scope_and_leaves_nothing_to_appeal() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        f.app.certification().checkAppealable(SUPPLIER, TODAY);
        f.app.certification().reopenAfterAppeal(DECIDER, AppealId.newId(), at());
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(f.app.certificate().scope()).isEqualTo(PRODUCTS);
        refused(f, RuleViolationException.class, "application.appeal.nothing", () -> f.app.certification().checkAppealable(SUPPLIER, TODAY));
    }

    @Test
    void a_full_grant_can_be_appealed_only_once_its_scope_is_reduced() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING).decide(Verdict.Outcome.GRANT);
        refused(f, RuleViolationException.class, "application.appeal.nothing", () -> f.app.certification().checkAppealable(SUPPLIER, TODAY));
        f.perform(ApplicationAction.REDUCE_SCOPE, DECIDER);
        f.app.certification().checkAppealable(SUPPLIER, TODAY);
    }

    @Test
    void an_appeal_is_upheld_only_by_whom_the_table_names_for_it() {
        ApplicationAction.Taker upholder = ApplicationAction.APPEAL.upheldBy().orElseThrow();
        assertThat(upholder).isEqualTo(new ApplicationAction.Taker(Side.BODY, Role.DECISION_MAKER, true));
        assertThat(java.util.Arrays.stream(ApplicationAction.values()).filter(a -> a.upheldBy().isPresent()))
                .containsExactly(ApplicationAction.APPEAL);
        for (ApplicationStatus appealed : List.of(ApplicationStatus.REFUSED, ApplicationStatus.SUSPENDED,
                ApplicationStatus.WITHDRAWN, ApplicationStatus.CERTIFIED)) {
            ApplicationFixtures f = ApplicationFixtures.in(appealed);
            refused(f, com.greencert.shared.domain.AccessDeniedException.class, "application.action.side",
                    () -> f.app.certification().reopenAfterAppeal(SUPPLIER, AppealId.newId(), at()));
            refused(f, com.greencert.shared.domain.AccessDeniedException.class, "application.action.side",
                    () -> f.app.certification().reopenAfterAppeal(ApplicationFixtures.actor("x.other", ApplicationFixtures.OTHER_BODY,
                            Role.DECISION_MAKER), AppealId.newId(), at()));
            refused(f, com.greencert.shared.domain.AccessDeniedException.class, "application.action.role",
                    () -> f.app.certification().reopenAfterAppeal(REVIEWER, AppealId.newId(), at()));
            refused(f, RuleViolationException.class, "application.impartiality.conflict",
                    () -> f.app.certification().reopenAfterAppeal(ApplicationFixtures.conflicted(DECIDER), AppealId.newId(), at()));
            Actor evaluatorDecider = ApplicationFixtures.actor(ApplicationFixtures.AUDITOR, BODY, Role.DECISION_MAKER);
            refused(f, RuleViolationException.class, "application.impartiality.evaluator",
                    () -> f.app.certification().reopenAfterAppeal(evaluatorDecider, AppealId.newId(), at()));
            f.app.certification().reopenAfterAppeal(DECIDER, AppealId.newId(), at());
            assertThat(f.app.history().getLast().action()).as(appealed.name()).isEqualTo("appeal");
            assertThat(f.app.history().getLast().actor()).isEqualTo(DECIDER.username());
        }
    }

    @Test
    void only_a_decision_can_be_reopened_by_an_appeal() {
        for (ApplicationStatus status : List.of(ApplicationStatus.DRAFT, ApplicationStatus.DECISION_PENDING,
                ApplicationStatus.CANCELLED)) {
            ApplicationFixtures f = ApplicationFixtures.in(status);
            refused(f, RuleViolationException.class, "application.action.state",
                    () -> f.app.certification().reopenAfterAppeal(DECIDER, AppealId.newId(), at()));
        }
    }

    // ---- schemes and accreditation

    @Test
    void a_published_scheme_cannot_be_revised_but_its_next_version_can() {
        Scheme v1 = ApplicationFixtures.scheme();
        v1.revise("Green Chemistry Export — Gold", null, 24, 6, v1.criteria());
        v1.publish("sun.decider", at());
        v1.freeze();
        v1.freeze();
        assertThatThrownBy(() -> v1.revise("Changed", null, 36, 12, v1.criteria()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("scheme.published"));
        assertThat(v1.validityMonths()).isEqualTo(24);

        Scheme v2 = v1.nextVersion(SchemeId.newId(), v1.versionNo() + 1, at());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.frozen()).isFalse();
        assertThat(v2.state()).isEqualTo(SchemeState.DRAFT);
        assertThat(v2.code()).isEqualTo(v1.code());
        assertThat(v2.body()).isEqualTo(v1.body());
        assertThat(v2.criteria()).extracting(Criterion::code).containsExactly("SDS", "ISO14001");
        v2.revise("Green Chemistry Export — Gold", null, 36, 12, List.of(ApplicationFixtures.sdsCriterion()));
        assertThat(v1.criteria()).hasSize(2);
        assertThatThrownBy(() -> v1.nextVersion(SchemeId.newId(), 1, at()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("scheme.version.order"));
    }

    @Test
    void a_scheme_refuses_duplicate_criterion_codes_and_impossible_periods() {
        Scheme s = ApplicationFixtures.scheme();
        Criterion lowerCaseSds = new Criterion("sds", "Another SDS rule", null, java.util.Set.of(EvidenceType.TEST_REPORT),
                null, null, null);
        assertThat(lowerCaseSds.code()).isEqualTo("SDS");
        List<Criterion> duplicated = new ArrayList<>(s.criteria());
        duplicated.add(lowerCaseSds);
        assertThatThrownBy(() -> s.revise("x", null, 36, 12, duplicated)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("scheme.criterion.duplicate"));
        assertThatThrownBy(() -> s.revise("x", null, 12, 13, s.criteria())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("scheme.surveillance.range"));
        assertThatThrownBy(() -> s.revise("x", null, 12, 6, List.of())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("scheme.criteria.required"));
        assertThat(s.criteria()).hasSize(2);
        assertThat(s.criterion(" iso14001 ")).contains(ApplicationFixtures.isoCriterion());
    }

    @Test
    void an_accreditation_covers_its_scheme_in_its_hs_chapters_until_its_end() {
        LocalDate until = TODAY.plusYears(1);
        Accreditation a = new Accreditation(BODY, " gce-gold ", List.of("85", "38", "85"), until, TODAY);
        assertThat(a.chapters()).containsExactly("38", "85");
        HsCode battery = HsCode.of("850760");
        assertThat(a.covers("GCE-GOLD", battery, TODAY)).isTrue();
        assertThat(a.covers("gce-gold", HsCode.of("3808.91"), until)).isTrue();
        assertThat(a.covers("GCE-GOLD", battery, until.plusDays(1))).isFalse();
        assertThat(a.covers("GCE-GOLD", HsCode.of("280110"), TODAY)).isFalse();
        assertThat(a.covers("GCE-SILVER", battery, TODAY)).isFalse();
        assertThat(new Accreditation(BODY, "GCE-GOLD", List.of("28"), null, TODAY).covers("GCE-GOLD", HsCode.of("280110"),
                TODAY.plusYears(50))).isTrue();
        assertThatThrownBy(() -> new Accreditation(BODY, "GCE-GOLD", List.of("8"), until, TODAY)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("accreditation.chapter.invalid"));
        assertThatThrownBy(() -> new Accreditation(BODY, "GCE-GOLD", List.of(), until, TODAY)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("field.required"));
    }
}
