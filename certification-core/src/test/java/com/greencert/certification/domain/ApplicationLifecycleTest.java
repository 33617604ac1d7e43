package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationFixtures.ASSESSOR;
import static com.greencert.certification.domain.ApplicationFixtures.DECIDER;
import static com.greencert.certification.domain.ApplicationFixtures.PRODUCTS;
import static com.greencert.certification.domain.ApplicationFixtures.REVIEWER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.actorFor;
import static com.greencert.certification.domain.ApplicationFixtures.tenantOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.RuleViolationException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action in every state: what the table allows succeeds, everything else is refused and changes nothing. */
class ApplicationLifecycleTest {

    static Stream<Arguments> statesTimesActions() {
        return Arrays.stream(ApplicationStatus.values())
                .flatMap(s -> Arrays.stream(ApplicationAction.values()).map(a -> Arguments.of(s, a)));
    }

    static Stream<Arguments> statesTimesActors() {
        return Arrays.stream(ApplicationStatus.values())
                .flatMap(s -> Stream.of(SUPPLIER, ASSESSOR, REVIEWER, DECIDER).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApplicationStatus.class)
    void the_fixture_reaches_the_state(ApplicationStatus state) {
        ApplicationFixtures f = ApplicationFixtures.in(state);
        assertThat(f.app.statusOn(f.today)).isEqualTo(state);
        assertThat(f.app.storedStatus()).isEqualTo(state == ApplicationStatus.EXPIRED ? ApplicationStatus.CERTIFIED : state);
        assertThat(f.app.history()).extracting(ApplicationEvent::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, f.app.history().size()).boxed().toList());
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("statesTimesActions")
    void every_action_in_every_state(ApplicationStatus state, ApplicationAction action) {
        ApplicationFixtures f = ApplicationFixtures.in(state);
        ApplicationFixtures.Snapshot before = f.snapshot();
        var actor = actorFor(action);

        if (action.allowedIn(state)) {
            assertThatCode(() -> f.perform(action, actor)).doesNotThrowAnyException();
            if (action == ApplicationAction.APPEAL) {
                // only a check: the appeal is its own aggregate
                assertThat(f.snapshot()).isEqualTo(before);
                return;
            }
            assertThat(f.app.history()).hasSize(before.history() + 1);
            ApplicationEvent last = f.app.history().getLast();
            assertThat(last.action()).isEqualTo(action.slug());
            assertThat(last.actor()).isEqualTo(actor.username());
            assertThat(last.actorTenant()).isEqualTo(actor.tenant().value());
            assertThat(last.statusAfter()).isEqualTo(f.app.storedStatus());
            if (action == ApplicationAction.RENEW) {
                assertThat(f.renewal.storedStatus()).isEqualTo(ApplicationStatus.DRAFT);
                assertThat(f.renewal.renewalOf()).contains(f.app.id());
                assertThat(f.app.renewedBy()).contains(f.renewal.id());
                assertThat(f.renewal.products()).isEqualTo(PRODUCTS);
            }
        } else {
            assertThatThrownBy(() -> f.perform(action, actor))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("application.action.state"));
            assertThat(f.snapshot()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("statesTimesActors")
    void allowed_actions_are_what_the_table_allows_the_actors_side_and_role(ApplicationStatus state, Actor actor) {
        ApplicationFixtures f = ApplicationFixtures.in(state);
        List<ApplicationAction> expected = Arrays.stream(ApplicationAction.values())
                .filter(a -> a.allowedIn(state) && actor.has(a.role()) && tenantOf(a.side()).equals(actor.tenant()))
                .toList();
        assertThat(f.app.allowedActions(actor, f.today)).containsExactlyElementsOf(expected);
    }

    @Test
    void the_table_is_the_documented_lifecycle() {
        Map<ApplicationStatus, String> expected = new EnumMap<>(ApplicationStatus.class);
        expected.put(ApplicationStatus.DRAFT, "EDIT SUBMIT CANCEL");
        expected.put(ApplicationStatus.SUBMITTED, "CANCEL ACCEPT RETURN");
        expected.put(ApplicationStatus.RETURNED, "EDIT SUBMIT CANCEL");
        expected.put(ApplicationStatus.EVALUATION,
                "CANCEL REVIEW_CRITERION PLAN_AUDIT ATTACH_AUDIT_REPORT RECORD_AUDIT RAISE_FINDING COMPLETE_EVALUATION");
        expected.put(ApplicationStatus.CORRECTIVE_ACTION, "CANCEL RESPOND_TO_FINDING VERIFY_CORRECTION COMPLETE_VERIFICATION");
        expected.put(ApplicationStatus.INDEPENDENT_REVIEW, "REVIEW");
        expected.put(ApplicationStatus.DECISION_PENDING, "DECIDE");
        expected.put(ApplicationStatus.CERTIFIED, "RECORD_SURVEILLANCE SUSPEND REDUCE_SCOPE WITHDRAW RENEW APPEAL");
        expected.put(ApplicationStatus.SUSPENDED, "RECORD_SURVEILLANCE RESTORE REDUCE_SCOPE WITHDRAW APPEAL");
        expected.put(ApplicationStatus.WITHDRAWN, "APPEAL");
        expected.put(ApplicationStatus.REFUSED, "APPEAL");
        expected.put(ApplicationStatus.CANCELLED, "");
        expected.put(ApplicationStatus.EXPIRED, "RENEW");
        for (ApplicationStatus state : ApplicationStatus.values()) {
            assertThat(Arrays.stream(ApplicationAction.values()).filter(a -> a.allowedIn(state)).map(Enum::name)
                    .collect(Collectors.joining(" "))).as(state.name()).isEqualTo(expected.get(state));
        }
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::terminal)).containsExactly(
                ApplicationStatus.WITHDRAWN, ApplicationStatus.REFUSED, ApplicationStatus.CANCELLED, ApplicationStatus.EXPIRED);
        assertThat(Arrays.stream(ApplicationAction.values()).filter(ApplicationAction::independent))
                .containsExactly(ApplicationAction.REVIEW, ApplicationAction.DECIDE, ApplicationAction.SUSPEND,
                        ApplicationAction.RESTORE, ApplicationAction.REDUCE_SCOPE, ApplicationAction.WITHDRAW);
        assertThat(ApplicationAction.COMPLETE_EVALUATION.slug()).isEqualTo("complete-evaluation");
    }

    @Test
    void the_main_path_writes_the_expected_history() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        assertThat(f.app.history()).extracting(ApplicationEvent::action).containsExactly("edit", "edit", "edit", "edit",
                "submit", "accept", "review-criterion", "review-criterion", "raise-finding", "plan-audit", "attach-audit-report", "record-audit",
                "complete-evaluation", "respond-to-finding", "verify-correction", "complete-verification", "review", "decide");
        assertThat(f.app.history()).extracting(ApplicationEvent::statusAfter).endsWith(ApplicationStatus.CORRECTIVE_ACTION,
                ApplicationStatus.CORRECTIVE_ACTION, ApplicationStatus.CORRECTIVE_ACTION,
                ApplicationStatus.INDEPENDENT_REVIEW, ApplicationStatus.DECISION_PENDING, ApplicationStatus.CERTIFIED);
        assertThat(f.app.certificate().scope()).containsExactly("p1", "p2");
        assertThat(f.app.verdict().decision()).contains(Verdict.Outcome.GRANT_REDUCED);
        assertThat(f.app.verdict().reviewer()).contains("zhou.reviewer");
        assertThat(f.app.evaluators()).containsExactlyInAnyOrder("chen.assessor", "wu.auditor");
    }
}
