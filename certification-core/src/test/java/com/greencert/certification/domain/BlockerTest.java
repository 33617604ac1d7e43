package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationFixtures.ASSESSOR;
import static com.greencert.certification.domain.ApplicationFixtures.AUDITOR;
import static com.greencert.certification.domain.ApplicationFixtures.BODY;
import static com.greencert.certification.domain.ApplicationFixtures.DECIDER;
import static com.greencert.certification.domain.ApplicationFixtures.REVIEWER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.actor;
import static com.greencert.certification.domain.ApplicationFixtures.conflicted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.certification.domain.Blocker.Reason;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.RuleViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * No dead ends: whoever reads an application that waits for a step they cannot take is told why, by the
 * same rules ({@link ActionRules}) that refuse the step. States are reached through real transitions
 * ({@link ApplicationFixtures}).
 */
class BlockerTest {

    /** A reviewer who was also the auditor named in the evaluation (an evaluator). */
    private static final Actor REVIEWING_AUDITOR = actor(AUDITOR, BODY, Role.REVIEWER);
    /** A decision-maker who was also the auditor. */
    private static final Actor DECIDING_AUDITOR = actor(AUDITOR, BODY, Role.DECISION_MAKER);

    @Test
    void a_conflicted_assessor_is_told_about_the_conflict_and_the_guard_refuses_for_the_same_reason() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.SUBMITTED);
        Actor chen = conflicted(ASSESSOR);
        assertThat(f.app.blocker(chen, f.today)).contains(new Blocker(Reason.CONFLICT_OF_INTEREST, Role.ASSESSOR));
        assertThat(f.app.allowedActions(chen, f.today)).isEmpty();
        assertThatThrownBy(() -> f.app.accept(chen, null, ApplicationFixtures.at()))
                .isInstanceOf(RuleViolationException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("application.impartiality.conflict");
        // once the conflict has ended, nothing stands in the way
        assertThat(f.app.blocker(ASSESSOR, f.today)).isEmpty();
        assertThat(f.app.allowedActions(ASSESSOR, f.today)).contains(ApplicationAction.ACCEPT);
    }

    @Test
    void an_evaluator_cannot_review_or_decide_and_is_told_it_is_the_iso_17065_rule() {
        ApplicationFixtures review = ApplicationFixtures.in(ApplicationStatus.INDEPENDENT_REVIEW);
        assertThat(review.app.blocker(REVIEWING_AUDITOR, review.today)).contains(new Blocker(Reason.EVALUATED_IT, Role.REVIEWER));
        assertThat(review.app.blocker(REVIEWER, review.today)).isEmpty();
        ApplicationFixtures decision = ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING);
        assertThat(decision.app.blocker(DECIDING_AUDITOR, decision.today))
                .contains(new Blocker(Reason.EVALUATED_IT, Role.DECISION_MAKER));
        assertThat(decision.app.blocker(DECIDER, decision.today)).isEmpty();
        assertThat(new Blocker(Reason.EVALUATED_IT, Role.DECISION_MAKER).message(Locale.ENGLISH))
                .contains("ISO/IEC 17065").contains("decision-maker");
    }

    @Test
    void a_conflict_outweighs_the_other_reasons() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING);
        assertThat(f.app.blocker(conflicted(DECIDING_AUDITOR), f.today))
                .contains(new Blocker(Reason.CONFLICT_OF_INTEREST, Role.DECISION_MAKER));
    }

    @Test
    void a_role_the_reader_lacks_and_the_other_partys_turn_are_said_too() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.DECISION_PENDING);
        assertThat(f.app.blocker(ASSESSOR, f.today)).contains(new Blocker(Reason.OTHER_ROLE, Role.DECISION_MAKER));
        assertThat(f.app.blocker(SUPPLIER, f.today)).contains(new Blocker(Reason.OTHER_PARTY, Role.DECISION_MAKER));
        ApplicationFixtures draft = ApplicationFixtures.in(ApplicationStatus.RETURNED);
        assertThat(draft.app.blocker(ASSESSOR, draft.today)).contains(new Blocker(Reason.OTHER_PARTY, Role.SUPPLIER));
        assertThat(draft.app.blocker(SUPPLIER, draft.today)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void the_reason_and_the_offered_actions_never_disagree(ApplicationStatus status) {
        ApplicationFixtures f = ApplicationFixtures.in(status);
        Optional<NextStep> next = f.app.nextStep(f.today);
        for (Actor a : List.of(SUPPLIER, ASSESSOR, REVIEWER, DECIDER, conflicted(ASSESSOR), conflicted(DECIDER),
                REVIEWING_AUDITOR, DECIDING_AUDITOR)) {
            boolean canTakeNextStep = next.isPresent() && f.app.allowedActions(a, f.today).stream()
                    .anyMatch(x -> x.side() == next.get().party() && x.role() == next.get().role());
            boolean waitsForAnAction = next.isPresent() && java.util.Arrays.stream(ApplicationAction.values())
                    .anyMatch(x -> x.allowedIn(f.app.statusOn(f.today)) && x.side() == next.get().party()
                            && x.role() == next.get().role());
            assertThat(f.app.blocker(a, f.today).isPresent()).as(status + " " + a.username() + " " + a.roles())
                    .isEqualTo(waitsForAnAction && !canTakeNextStep);
        }
    }
}
