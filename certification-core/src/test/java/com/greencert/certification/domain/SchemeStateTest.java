package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A scheme version is a draft until its body publishes it; only a published one is frozen and applied for. */
class SchemeStateTest {

    @Test
    void a_new_version_is_a_draft_the_body_may_change() {
        Scheme s = ApplicationFixtures.scheme();
        assertThat(s.state()).isEqualTo(SchemeState.DRAFT);
        assertThat(s.published()).isFalse();
        assertThat(s.publishedAt()).isEmpty();
        s.revise("Green Chemistry Export — Gold", "绿色化学品出口 金级", 24, 6, List.of(ApplicationFixtures.sdsCriterion()));
        assertThat(s.validityMonths()).isEqualTo(24);
        assertThat(s.criteria()).hasSize(1);
    }

    @Test
    void publishing_freezes_the_rules_and_is_dated_once() {
        Scheme s = ApplicationFixtures.scheme();
        Instant when = Instant.parse("2026-12-01T09:00:00Z");
        s.publish("sun.decider", when);
        assertThat(s.state()).isEqualTo(SchemeState.PUBLISHED);
        assertThat(s.publishedAt()).contains(when);
        assertThat(s.publishedBy()).contains("sun.decider");
        refused("scheme.published", () -> s.revise("Changed", null, 36, 12, List.of(ApplicationFixtures.sdsCriterion())));
        assertThat(s.nameEn()).isEqualTo("Green Chemistry Export — Gold");
        assertThat(s.criteria()).hasSize(2);
        refused("scheme.published.already", () -> s.publish("sun.decider", at()));
        assertThat(s.publishedAt()).contains(when);
    }

    @Test
    void no_application_is_made_against_a_draft() {
        Scheme draft = ApplicationFixtures.scheme();
        refused("scheme.draft", () -> new CertificationApplication(ApplicationId.newId(), SUPPLIER, draft, at()));
        refused("scheme.draft", draft::freeze);
        assertThat(draft.frozen()).isFalse();
        draft.publish("sun.decider", at());
        CertificationApplication app = new CertificationApplication(ApplicationId.newId(), SUPPLIER, draft, at());
        draft.freeze();
        assertThat(app.schemeId()).isEqualTo(draft.id());
        assertThat(draft.frozen()).isTrue();
    }

    @Test
    void a_draft_is_changed_not_followed_and_the_next_version_of_a_published_one_is_a_draft() {
        Scheme v1 = ApplicationFixtures.scheme();
        refused("scheme.draft.pending", () -> v1.nextVersion(SchemeId.newId(), 2, at()));
        v1.publish("sun.decider", at());
        Scheme v2 = v1.nextVersion(SchemeId.newId(), 2, at());
        assertThat(v2.state()).isEqualTo(SchemeState.DRAFT);
        assertThat(v2.publishedAt()).isEmpty();
        refused("scheme.draft.pending", () -> v2.nextVersion(SchemeId.newId(), 3, at()));
    }

    private static void refused(String key, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
