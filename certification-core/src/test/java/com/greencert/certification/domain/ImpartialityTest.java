package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationFixtures.ASSESSOR;
import static com.greencert.certification.domain.ApplicationFixtures.AUDITOR;
import static com.greencert.certification.domain.ApplicationFixtures.BODY;
import static com.greencert.certification.domain.ApplicationFixtures.DECIDER;
import static com.greencert.certification.domain.ApplicationFixtures.OTHER_BODY;
import static com.greencert.certification.domain.ApplicationFixtures.OTHER_SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.REVIEWER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER_TENANT;
import static com.greencert.certification.domain.ApplicationFixtures.actor;
import static com.greencert.certification.domain.ApplicationFixtures.actorFor;
import static com.greencert.certification.domain.ApplicationFixtures.conflicted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.RuleViolationException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may act: the right party, the right role, no part in the evaluation for four-eyes steps, no conflict. */
class ImpartialityTest {

    /** Assessed the application and is also a reviewer and a decision-maker. */
    static final Actor ALL_ROUNDER = actor("chen.assessor", BODY, Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER);
    /** The auditor named in planAudit, who is also a decision-maker. */
    static final Actor AUDITOR_DECIDER = actor(AUDITOR, BODY, Role.DECISION_MAKER);

    /** A state the table allows the action in. */
    static ApplicationStatus stateFor(ApplicationAction action) {
        return Arrays.stream(ApplicationStatus.values()).filter(action::allowedIn).findFirst().orElseThrow();
    }

    static void assertRefused(ApplicationFixtures f, ApplicationAction action, Actor actor,
            Class<? extends DomainException> type, String key) {
        ApplicationFixtures.Snapshot before = f.snapshot();
        assertThatThrownBy(() -> f.perform(action, actor)).isInstanceOfSatisfying(type,
                e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(f.snapshot()).isEqualTo(before);
        assertThat(f.app.allowedActions(actor, f.today)).doesNotContain(action);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApplicationAction.class)
    void the_other_party_or_another_tenant_is_refused(ApplicationAction action) {
        ApplicationFixtures f = ApplicationFixtures.in(stateFor(action));
        boolean supplierSide = action.side() == ApplicationAction.Side.SUPPLIER;
        Actor otherParty = actor("x.other", supplierSide ? BODY : SUPPLIER_TENANT, action.role());
        Actor otherTenant = actor("x.stranger", supplierSide ? OTHER_SUPPLIER : OTHER_BODY, action.role());
        assertRefused(f, action, otherParty, AccessDeniedException.class, "application.action.side");
        assertRefused(f, action, otherTenant, AccessDeniedException.class, "application.action.side");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApplicationAction.class)
    void someone_of_the_right_tenant_without_the_role_is_refused(ApplicationAction action) {
        ApplicationFixtures f = ApplicationFixtures.in(stateFor(action));
        EnumSet<Role> others = EnumSet.complementOf(EnumSet.of(action.role()));
        Actor withoutRole = new Actor(actorFor(action).username(), null, actorFor(action).tenant(), others, false);
        assertRefused(f, action, withoutRole, AccessDeniedException.class, "application.action.role");
    }

    static Stream<ApplicationAction> bodyActions() {
        return Arrays.stream(ApplicationAction.values()).filter(a -> a.side() == ApplicationAction.Side.BODY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyActions")
    void a_conflicted_body_actor_is_refused_every_body_action(ApplicationAction action) {
        ApplicationFixtures f = ApplicationFixtures.in(stateFor(action));
        assertRefused(f, action, conflicted(actorFor(action)), RuleViolationException.class,
                "application.impartiality.conflict");
        assertThat(f.app.allowedActions(conflicted(actorFor(action)), f.today)).isEmpty();
        assertThatCode(() -> f.perform(action, actorFor(action))).doesNotThrowAnyException();
    }

    @Test
    void whoever_assessed_the_application_cannot_review_it_but_another_reviewer_can() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.INDEPENDENT_REVIEW);
        assertRefused(f, ApplicationAction.REVIEW, ALL_ROUNDER, RuleViolationException.class,
                "application.impartiality.evaluator");
        assertThat(f.app.allowedActions(ALL_ROUNDER, f.today)).isEmpty();
        assertThat(f.app.allowedActions(REVIEWER, f.today)).containsExactly(ApplicationAction.REVIEW);
        f.perform(ApplicationAction.REVIEW, REVIEWER);
        assertThat(f.app.verdict().reviewer()).contains("zhou.reviewer");
    }

    @Test
    void the_auditor_cannot_decide_but_another_decision_maker_can() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING);
        assertThat(f.app.evaluators()).contains(AUDITOR);
        assertRefused(f, ApplicationAction.DECIDE, AUDITOR_DECIDER, RuleViolationException.class,
                "application.impartiality.evaluator");
        assertRefused(f, ApplicationAction.DECIDE, ALL_ROUNDER, RuleViolationException.class,
                "application.impartiality.evaluator");
        f.perform(ApplicationAction.DECIDE, DECIDER);
        assertThat(f.app.verdict().decider()).contains("sun.decider");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApplicationAction.class, names = {"SUSPEND", "REDUCE_SCOPE", "WITHDRAW"})
    void an_evaluator_cannot_take_independent_decisions_on_the_certificate(ApplicationAction action) {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        assertRefused(f, action, AUDITOR_DECIDER, RuleViolationException.class, "application.impartiality.evaluator");
        assertThat(f.app.allowedActions(ALL_ROUNDER, f.today)).containsExactly(ApplicationAction.RECORD_SURVEILLANCE);
    }

    @Test
    void an_evaluator_who_is_also_a_decision_maker_cannot_restore() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.SUSPENDED);
        assertRefused(f, ApplicationAction.RESTORE, ALL_ROUNDER, RuleViolationException.class,
                "application.impartiality.evaluator");
    }

    @Test
    void the_party_is_checked_before_the_role_and_the_role_before_the_state() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.DRAFT);
        assertRefused(f, ApplicationAction.DECIDE, SUPPLIER, AccessDeniedException.class, "application.action.side");
        assertRefused(f, ApplicationAction.DECIDE, ASSESSOR, AccessDeniedException.class, "application.action.role");
        assertRefused(f, ApplicationAction.DECIDE, DECIDER, RuleViolationException.class, "application.action.state");
    }

    // ---- allowedActions and the commands never disagree

    static Stream<Arguments> statesTimesTrickyActors() {
        Actor[] actors = {SUPPLIER, ASSESSOR, REVIEWER, DECIDER, ALL_ROUNDER, AUDITOR_DECIDER, conflicted(DECIDER),
            conflicted(ASSESSOR), actor("x.buyer", SUPPLIER_TENANT, Role.BUYER), actor("x.rival", OTHER_SUPPLIER, Role.SUPPLIER),
            actor("x.other.body", OTHER_BODY, Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER)};
        return Arrays.stream(ApplicationStatus.values()).flatMap(s -> Arrays.stream(actors).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("statesTimesTrickyActors")
    void an_action_is_offered_exactly_when_its_command_is_not_refused(ApplicationStatus state, Actor actor) {
        var offered = ApplicationFixtures.in(state).app.allowedActions(actor, ApplicationFixtures.in(state).today);
        for (ApplicationAction action : ApplicationAction.values()) {
            ApplicationFixtures f = ApplicationFixtures.in(state);
            ApplicationFixtures.Snapshot before = f.snapshot();
            if (offered.contains(action)) {
                assertThatCode(() -> f.perform(action, actor)).as(action.name()).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> f.perform(action, actor)).as(action.name())
                        .isInstanceOfAny(AccessDeniedException.class, RuleViolationException.class);
                assertThat(f.snapshot()).as(action.name()).isEqualTo(before);
            }
        }
    }
}
