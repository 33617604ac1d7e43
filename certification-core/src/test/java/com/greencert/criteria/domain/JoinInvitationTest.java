package com.greencert.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A link sent by e-mail serves once: open until used, withdrawn or lapsed (derived from the clock); each refusal says
 * which; sending again renews a closed link with a new token and is refused while it is open or once used.
 */
class JoinInvitationTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final TenantId ANNA = TenantId.of("eurochem-buyer");

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    private static JoinInvitation sent(JoinToken token) {
        return new JoinInvitation(JoinInvitationId.newId(), ANNA, CriteriaSetId.newId(), "  Sales@Ningbo-Cells.example ",
                "Ningbo Cells Co., Ltd.", "zh", token, "anna.buyer", at(T0));
    }

    @Test
    void an_open_link_is_taken_once_and_then_refused_as_used() {
        JoinInvitation join = sent(JoinToken.generate());
        assertThat(join.email()).isEqualTo("sales@ningbo-cells.example");
        assertThat(join.language()).isEqualTo("zh");
        assertThat(join.stateOn(T0)).isEqualTo(JoinInvitation.State.OPEN);

        join.claim(at(T0.plusSeconds(60)));
        join.joinedAs(TenantId.of("ningbo-cells"));

        assertThat(join.stateOn(T0.plusSeconds(61))).isEqualTo(JoinInvitation.State.USED);
        assertThat(join.supplier()).contains(TenantId.of("ningbo-cells"));
        assertRefused(() -> join.claim(at(T0.plusSeconds(120))), "join.link.used");
        assertRefused(() -> join.withdraw(at(T0.plusSeconds(120))), "join.link.used");
        assertRefused(() -> join.renew("Ningbo Cells", "en", JoinToken.generate(), "anna.buyer", at(T0.plusSeconds(120))),
                "join.already.used");
    }

    @Test
    void a_claim_given_back_leaves_the_link_open_and_a_withdrawn_or_lapsed_link_says_so() {
        JoinInvitation join = sent(JoinToken.generate());
        join.claim(at(T0));
        join.release();
        assertThat(join.stateOn(T0)).isEqualTo(JoinInvitation.State.OPEN);

        Instant lapse = T0.plus(Invitation.VALID_FOR);
        assertThat(join.stateOn(lapse.minusSeconds(1))).isEqualTo(JoinInvitation.State.OPEN);
        assertThat(join.stateOn(lapse)).isEqualTo(JoinInvitation.State.EXPIRED);
        assertRefused(() -> join.claim(at(lapse)), "join.link.expired");

        join.withdraw(at(T0.plus(Duration.ofDays(1))));
        assertRefused(() -> join.claim(at(T0.plus(Duration.ofDays(2)))), "join.link.withdrawn");
    }

    @Test
    void sending_again_renews_a_closed_link_with_a_new_token_and_is_refused_while_open() {
        JoinToken first = JoinToken.generate();
        JoinInvitation join = sent(first);
        assertRefused(() -> join.renew("Ningbo Cells", "en", JoinToken.generate(), "anna.buyer", at(T0)), "join.already.open");
        join.withdraw(at(T0));

        JoinToken second = JoinToken.generate();
        join.renew("Ningbo Cells Co.", "en", second, "ben.buyer", at(T0.plusSeconds(10)));

        assertThat(join.stateOn(T0.plusSeconds(10))).isEqualTo(JoinInvitation.State.OPEN);
        assertThat(join.expiresAt()).isEqualTo(T0.plusSeconds(10).plus(Invitation.VALID_FOR));
        assertThat(join.invitedBy()).isEqualTo("ben.buyer");
        assertThat(second.hash()).isNotEqualTo(first.hash()).hasSize(64);
    }

    @Test
    void a_token_is_checked_once_read_from_a_link_and_never_printed() {
        JoinToken token = JoinToken.generate();
        assertThat(JoinToken.of(" " + token.value() + " ")).isEqualTo(token);
        assertThat(token.path()).isEqualTo("/join/" + token.value());
        assertThat(token.toString()).doesNotContain(token.value());
        for (String bad : new String[] {null, "", "abc", token.value() + "x", token.value().substring(1) + "/",
                "' or 1=1 --" + "x".repeat(32)}) {
            assertThatThrownBy(() -> JoinToken.of(bad)).as(String.valueOf(bad)).isInstanceOfSatisfying(NotFoundException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("join.link.unknown"));
        }
    }

    @Test
    void an_address_that_is_not_one_is_refused() {
        for (String bad : new String[] {null, "", "anna", "a@b", "a b@c.example", "x".repeat(250) + "@c.example"}) {
            assertThatThrownBy(() -> JoinInvitation.address(bad)).as(String.valueOf(bad))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    private static void assertRefused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
    }
}
