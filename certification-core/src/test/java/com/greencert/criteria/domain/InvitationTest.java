package com.greencert.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final TenantId ANNA = TenantId.of("eurochem-buyer");
    private static final TenantId LI = TenantId.of("jiangsu-greenchem");
    private static final Instant SENT = Instant.parse("2026-12-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(SENT, ZoneOffset.UTC);

    private static Invitation sent() {
        return new Invitation(InvitationId.newId(), ANNA, LI, CriteriaSetId.newId(), 1, "anna.buyer", CLOCK);
    }

    private static Clock after(Duration d) {
        return Clock.fixed(SENT.plus(d), ZoneOffset.UTC);
    }

    @Test
    void a_sent_invitation_waits_for_the_supplier_and_lapses_after_thirty_days_by_the_clock_alone() {
        Invitation i = sent();
        assertThat(i.stateOn(SENT)).isEqualTo(Invitation.State.PENDING);
        assertThat(i.stateOn(SENT.plus(Invitation.VALID_FOR).minusSeconds(1))).isEqualTo(Invitation.State.PENDING);
        assertThat(i.stateOn(SENT.plus(Invitation.VALID_FOR))).isEqualTo(Invitation.State.EXPIRED);
        assertThat(i.expiresAt()).isEqualTo(SENT.plus(Duration.ofDays(30)));
    }

    @Test
    void the_supplier_accepts_or_declines_once_and_never_after_the_expiry() {
        Invitation accepted = sent();
        accepted.accept("li.supplier", after(Duration.ofDays(2)));
        assertThat(accepted.stateOn(SENT.plus(Duration.ofDays(400)))).isEqualTo(Invitation.State.ACCEPTED);
        assertThat(accepted.answeredAt()).isEqualTo(SENT.plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> accepted.decline("li.supplier", CLOCK)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("invitation.is.accepted");

        Invitation late = sent();
        assertThatThrownBy(() -> late.accept("li.supplier", after(Duration.ofDays(31))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("invitation.is.expired");
        assertThat(late.stateOn(SENT.plus(Duration.ofDays(31)))).isEqualTo(Invitation.State.EXPIRED);

        Invitation declined = sent();
        declined.decline("li.supplier", CLOCK);
        assertThat(declined.stateOn(SENT)).isEqualTo(Invitation.State.DECLINED);
    }

    @Test
    void the_buyer_withdraws_a_pending_or_accepted_invitation_but_not_a_declined_one() {
        Invitation pending = sent();
        pending.withdraw("anna.buyer", CLOCK);
        assertThat(pending.stateOn(SENT)).isEqualTo(Invitation.State.WITHDRAWN);

        Invitation accepted = sent();
        accepted.accept("li.supplier", CLOCK);
        accepted.withdraw("anna.buyer", CLOCK);
        assertThat(accepted.stateOn(SENT)).isEqualTo(Invitation.State.WITHDRAWN);

        Invitation declined = sent();
        declined.decline("li.supplier", CLOCK);
        assertThatThrownBy(() -> declined.withdraw("anna.buyer", CLOCK)).hasMessageContaining("invitation.is.declined");
    }

    @Test
    void inviting_again_renews_a_closed_invitation_and_is_refused_while_one_is_open() {
        Invitation i = sent();
        assertThatThrownBy(() -> i.renew(1, "anna.buyer", CLOCK)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("invitation.already.pending");
        i.decline("li.supplier", CLOCK);
        i.renew(2, "anna.buyer", after(Duration.ofDays(5)));
        assertThat(i.stateOn(SENT.plus(Duration.ofDays(5)))).isEqualTo(Invitation.State.PENDING);
        assertThat(i.criteriaVersion()).isEqualTo(2);
        assertThat(i.answeredAt()).isNull();
        assertThat(i.expiresAt()).isEqualTo(SENT.plus(Duration.ofDays(35)));
        i.accept("li.supplier", after(Duration.ofDays(6)));
        assertThatThrownBy(() -> i.renew(2, "anna.buyer", CLOCK)).hasMessageContaining("invitation.already.accepted");

        Invitation lapsed = sent();
        lapsed.renew(1, "anna.buyer", after(Duration.ofDays(40)));
        assertThat(lapsed.stateOn(SENT.plus(Duration.ofDays(40)))).isEqualTo(Invitation.State.PENDING);
    }

    @Test
    void a_buyer_cannot_invite_itself() {
        assertThatThrownBy(() -> new Invitation(InvitationId.newId(), ANNA, ANNA, CriteriaSetId.newId(), 1, "anna.buyer",
                CLOCK)).isInstanceOf(RuleViolationException.class).hasMessageContaining("invitation.self");
    }

    @Test
    void the_action_table_offers_exactly_what_it_lets_through_for_each_side() {
        Invitation pending = sent();
        assertThat(pending.actionsFor(InvitationAction.Party.SUPPLIER, SENT))
                .containsExactlyInAnyOrder(InvitationAction.ACCEPT, InvitationAction.DECLINE);
        assertThat(pending.actionsFor(InvitationAction.Party.BUYER, SENT)).containsExactly(InvitationAction.WITHDRAW);
        assertThatThrownBy(() -> pending.require(InvitationAction.SHARE_NEEDED, SENT))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("invitation.share.not.accepted");

        pending.accept("li.supplier", CLOCK);
        assertThat(pending.actionsFor(InvitationAction.Party.SUPPLIER, SENT)).containsExactly(InvitationAction.SHARE_NEEDED);
        pending.require(InvitationAction.SHARE_NEEDED, SENT);

        Invitation lapsed = sent();
        Instant later = SENT.plus(Duration.ofDays(31));
        assertThat(lapsed.actionsFor(InvitationAction.Party.SUPPLIER, later)).isEmpty();
        assertThat(lapsed.actionsFor(InvitationAction.Party.BUYER, later)).isEmpty();
        for (InvitationAction a : InvitationAction.values()) {
            assertThatThrownBy(() -> lapsed.require(a, later)).isInstanceOf(RuleViolationException.class);
        }
    }
}
