package com.greencert.criteria.service;

import com.greencert.criteria.domain.JoinInvitation;
import com.greencert.tenant.domain.Tenant;
import java.util.Optional;

/** A buyer's invitation by e-mail as the buyer sees it: where it stands today, for which set, who joined from it. */
public record JoinInvitationSummary(JoinInvitation invitation, JoinInvitation.State state, String setName,
        Optional<Tenant> joined) {

    /** Whether the buyer may still withdraw the link (it is open). */
    public boolean withdrawable() {
        return state == JoinInvitation.State.OPEN;
    }
}
