package com.greencert.criteria.service;

import com.greencert.criteria.domain.Invitation;
import com.greencert.tenant.domain.Tenant;

/**
 * An invitation as its parties see it: where it stands today, who sent it to whom, and the name of the set (the
 * supplier cannot read the set itself).
 */
public record InvitationSummary(Invitation invitation, Invitation.State state, Tenant buyer, Tenant supplier,
        String setName) {
}
