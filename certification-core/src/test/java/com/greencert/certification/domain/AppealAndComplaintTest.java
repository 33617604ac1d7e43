package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationFixtures.ASSESSOR;
import static com.greencert.certification.domain.ApplicationFixtures.BODY;
import static com.greencert.certification.domain.ApplicationFixtures.BUYER_TENANT;
import static com.greencert.certification.domain.ApplicationFixtures.DECIDER;
import static com.greencert.certification.domain.ApplicationFixtures.OTHER_BODY;
import static com.greencert.certification.domain.ApplicationFixtures.REVIEWER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER_TENANT;
import static com.greencert.certification.domain.ApplicationFixtures.actor;
import static com.greencert.certification.domain.ApplicationFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Appeals against decisions and complaints about certified suppliers: who handles them, in which order. */
class AppealAndComplaintTest {

    /** A decision-maker who took no part in the file. */
    static final Actor QIAN = actor("qian.decider", BODY, Role.DECISION_MAKER);
    static final Actor BUYER = actor("anna.buyer", BUYER_TENANT, Role.BUYER);

    static void refused(Class<? extends DomainException> type, String key, ThrowingCallable command) {
        assertThatThrownBy(command).isInstanceOfSatisfying(type, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** Everyone who evaluated, reviewed or decided: none of them may handle an appeal against it. */
    static Set<String> involved(CertificationApplication app) {
        return app.certification().involvedInDecisions();
    }

    static Appeal lodged(ApplicationFixtures f) {
        f.app.certification().checkAppealable(SUPPLIER, f.today);
        return new Appeal(AppealId.newId(), f.app, SUPPLIER, "the carbon footprint was measured on the old line", at());
    }

    // ---- appeals

    @Test
    void an_appeal_is_lodged_against_the_current_decision() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.REFUSED);
        Appeal appeal = lodged(f);
        assertThat(appeal.status()).isEqualTo(Appeal.Status.LODGED);
        assertThat(appeal.open()).isTrue();
        assertThat(appeal.appealedStatus()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(appeal.applicationId()).isEqualTo(f.app.id());
        assertThat(appeal.supplier()).isEqualTo(SUPPLIER_TENANT);
        assertThat(appeal.body()).isEqualTo(BODY);
        assertThat(appeal.lodgedBy()).isEqualTo("li.supplier");
        refused(InvalidInputException.class, "field.required",
                () -> new Appeal(AppealId.newId(), f.app, SUPPLIER, " ", at()));
    }

    @Test
    void an_uninvolved_decision_maker_takes_it_up_and_an_involved_one_is_refused() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.REFUSED);
        Appeal appeal = lodged(f);
        assertThat(involved(f.app)).contains("sun.decider", "zhou.reviewer", "chen.assessor", "wu.auditor");
        refused(RuleViolationException.class, "appeal.impartiality", () -> appeal.takeUp(DECIDER, involved(f.app)));
        Actor auditorDecider = actor("wu.auditor", BODY, Role.DECISION_MAKER);
        refused(RuleViolationException.class, "appeal.impartiality", () -> appeal.takeUp(auditorDecider, involved(f.app)));
        assertThat(appeal.status()).isEqualTo(Appeal.Status.LODGED);
        assertThat(appeal.handler()).isEmpty();
        assertThat(appeal.allowedActions(DECIDER, involved(f.app))).isEmpty();
        assertThat(appeal.allowedActions(SUPPLIER, involved(f.app))).isEmpty();
        assertThat(appeal.allowedActions(QIAN, involved(f.app))).containsExactly(Appeal.Action.TAKE_UP);

        appeal.takeUp(QIAN, involved(f.app));
        assertThat(appeal.status()).isEqualTo(Appeal.Status.UNDER_CONSIDERATION);
        assertThat(appeal.handler()).contains("qian.decider");
        assertThat(appeal.allowedActions(QIAN, involved(f.app))).containsExactly(Appeal.Action.UPHOLD, Appeal.Action.DISMISS);
        assertThat(appeal.allowedActions(DECIDER, involved(f.app))).isEmpty();
        refused(RuleViolationException.class, "appeal.state", () -> appeal.takeUp(QIAN, involved(f.app)));
    }

    @Test
    void only_a_decision_maker_of_the_body_handles_an_appeal() {
        Appeal appeal = lodged(ApplicationFixtures.in(ApplicationStatus.REFUSED));
        for (Actor notAllowed : new Actor[] {REVIEWER, ASSESSOR, SUPPLIER, actor("x.other", OTHER_BODY, Role.DECISION_MAKER),
            actor("x.supplier.boss", SUPPLIER_TENANT, Role.DECISION_MAKER, Role.SUPPLIER)}) {
            refused(AccessDeniedException.class, "appeal.handler.role", () -> appeal.takeUp(notAllowed, Set.of()));
        }
        appeal.takeUp(QIAN, Set.of());
        refused(AccessDeniedException.class, "appeal.handler.role", () -> appeal.uphold(REVIEWER, "fine", at()));
        assertThat(appeal.status()).isEqualTo(Appeal.Status.UNDER_CONSIDERATION);
    }

    @Test
    void only_the_handler_closes_an_appeal_and_only_with_an_outcome() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.REFUSED);
        Appeal appeal = lodged(f);
        refused(RuleViolationException.class, "appeal.state", () -> appeal.uphold(QIAN, "fine", at()));
        refused(RuleViolationException.class, "appeal.state", () -> appeal.dismiss(QIAN, "no", at()));
        appeal.takeUp(QIAN, involved(f.app));

        Actor otherDecider = actor("he.decider", BODY, Role.DECISION_MAKER);
        refused(RuleViolationException.class, "appeal.handler.only", () -> appeal.uphold(otherDecider, "fine", at()));
        refused(InvalidInputException.class, "field.required", () -> appeal.uphold(QIAN, null, at()));
        refused(InvalidInputException.class, "field.required", () -> appeal.dismiss(QIAN, "  ", at()));
        assertThat(appeal.status()).isEqualTo(Appeal.Status.UNDER_CONSIDERATION);
        assertThat(appeal.outcome()).isEmpty();

        appeal.uphold(QIAN, "footprint re-measured on the new line: within the limit", at());
        assertThat(appeal.status()).isEqualTo(Appeal.Status.UPHELD);
        assertThat(appeal.open()).isFalse();
        assertThat(appeal.closedAt()).isPresent();
        assertThat(appeal.outcome()).contains("footprint re-measured on the new line: within the limit");
        refused(RuleViolationException.class, "appeal.state", () -> appeal.dismiss(QIAN, "changed my mind", at()));
        refused(RuleViolationException.class, "appeal.state", () -> appeal.takeUp(QIAN, Set.of()));

        f.app.certification().reopenAfterAppeal(QIAN, appeal.id(), at());
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.INDEPENDENT_REVIEW);
    }

    @Test
    void a_dismissed_appeal_leaves_the_decision_standing() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.SUSPENDED);
        Appeal appeal = lodged(f);
        assertThat(appeal.appealedStatus()).isEqualTo(ApplicationStatus.SUSPENDED);
        appeal.takeUp(QIAN, involved(f.app));
        appeal.dismiss(QIAN, "surveillance was refused twice", at());
        assertThat(appeal.status()).isEqualTo(Appeal.Status.DISMISSED);
        refused(RuleViolationException.class, "appeal.state", () -> appeal.uphold(QIAN, "after all", at()));
        assertThat(f.app.storedStatus()).isEqualTo(ApplicationStatus.SUSPENDED);
    }

    @Test
    void only_decisions_can_be_appealed() {
        for (ApplicationStatus status : new ApplicationStatus[] {ApplicationStatus.DECISION_PENDING,
            ApplicationStatus.CANCELLED, ApplicationStatus.EXPIRED}) {
            ApplicationFixtures f = ApplicationFixtures.in(status);
            refused(RuleViolationException.class, "application.action.state", () -> f.app.certification().checkAppealable(SUPPLIER, f.today));
        }
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.REFUSED);
        refused(AccessDeniedException.class, "application.action.side", () -> f.app.certification().checkAppealable(BUYER, f.today));
    }

    // ---- complaints

    @Test
    void a_complaint_concerns_a_certification() {
        for (ApplicationStatus status : new ApplicationStatus[] {ApplicationStatus.DRAFT, ApplicationStatus.DECISION_PENDING,
            ApplicationStatus.REFUSED}) {
            CertificationApplication app = ApplicationFixtures.in(status).app;
            refused(RuleViolationException.class, "complaint.not.certified",
                    () -> new Complaint(ComplaintId.newId(), PublicCertification.of(app), BUYER, "SVHC found", at()));
        }
    }

    @Test
    void the_complainant_is_a_third_party() {
        CertificationApplication app = ApplicationFixtures.in(ApplicationStatus.CERTIFIED).app;
        refused(RuleViolationException.class, "complaint.party",
                () -> new Complaint(ComplaintId.newId(), PublicCertification.of(app), SUPPLIER, "self-report", at()));
        refused(RuleViolationException.class, "complaint.party",
                () -> new Complaint(ComplaintId.newId(), PublicCertification.of(app), ASSESSOR, "internal", at()));
        refused(InvalidInputException.class, "field.required",
                () -> new Complaint(ComplaintId.newId(), PublicCertification.of(app), BUYER, null, at()));
        Complaint c = new Complaint(ComplaintId.newId(), PublicCertification.of(app), BUYER, "Undeclared DEHP in shipment 2026-114", at());
        assertThat(c.status()).isEqualTo(Complaint.Status.RECEIVED);
        assertThat(c.open()).isTrue();
        assertThat(c.complainantTenant()).isEqualTo(BUYER_TENANT);
        assertThat(c.complainant()).isEqualTo("anna.buyer");
        assertThat(c.supplier()).isEqualTo(SUPPLIER_TENANT);
        assertThat(c.body()).isEqualTo(BODY);
    }

    @Test
    void the_bodys_staff_investigate_and_close_a_complaint_as_substantiated() {
        Complaint c = new Complaint(ComplaintId.newId(), PublicCertification.of(ApplicationFixtures.in(ApplicationStatus.CERTIFIED).app), BUYER,
                "Undeclared DEHP in shipment 2026-114", at());
        for (Actor notStaff : new Actor[] {REVIEWER, SUPPLIER, BUYER, actor("x.other", OTHER_BODY, Role.ASSESSOR)}) {
            refused(AccessDeniedException.class, "complaint.handler.role", () -> c.investigate(notStaff));
        }
        refused(RuleViolationException.class, "complaint.state", () -> c.close(ASSESSOR, true, "found", at()));
        c.investigate(ASSESSOR);
        assertThat(c.status()).isEqualTo(Complaint.Status.INVESTIGATING);
        assertThat(c.investigator()).contains("chen.assessor");
        refused(RuleViolationException.class, "complaint.state", () -> c.investigate(DECIDER));
        refused(AccessDeniedException.class, "complaint.handler.role", () -> c.close(REVIEWER, true, "found", at()));
        refused(InvalidInputException.class, "field.required", () -> c.close(DECIDER, true, " ", at()));
        assertThat(c.status()).isEqualTo(Complaint.Status.INVESTIGATING);

        c.close(DECIDER, true, "DEHP 0.3 % w/w confirmed by test report", at());
        assertThat(c.status()).isEqualTo(Complaint.Status.SUBSTANTIATED);
        assertThat(c.open()).isFalse();
        assertThat(c.closedAt()).isPresent();
        refused(RuleViolationException.class, "complaint.state", () -> c.close(DECIDER, false, "again", at()));
    }

    @Test
    void a_complaint_can_be_closed_as_not_substantiated() {
        Complaint c = new Complaint(ComplaintId.newId(), PublicCertification.of(ApplicationFixtures.in(ApplicationStatus.SUSPENDED).app), BUYER,
                "Label in English only", at());
        c.investigate(DECIDER);
        c.close(ASSESSOR, false, "labelling is outside the scheme", at());
        assertThat(c.status()).isEqualTo(Complaint.Status.NOT_SUBSTANTIATED);
        assertThat(c.outcome()).contains("labelling is outside the scheme");
    }
}
