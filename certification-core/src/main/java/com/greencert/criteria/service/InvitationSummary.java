package com.greencert.criteria.service;

import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.InvitationAction;
import java.util.EnumSet;
import java.util.Set;
import com.greencert.tenant.domain.Tenant;

/**
 * An invitation as its parties see it: where it stands today, who sent it to whom, the name of the set (the
 * supplier cannot read the set itself), and what the reader's side may do to it now ({@link InvitationAction}).
 */
public record InvitationSummary(Invitation invitation, Invitation.State state, Tenant buyer, Tenant supplier,
        String setName, Set<InvitationAction> actions) {

    public InvitationSummary {
        actions = actions.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    /** Whether the reader may take the action now. */
    public boolean offers(InvitationAction action) {
        return actions.contains(action);
    }
}
