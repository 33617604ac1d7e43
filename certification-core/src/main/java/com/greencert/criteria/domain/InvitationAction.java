package com.greencert.criteria.domain;

import com.greencert.shared.domain.RuleViolationException;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a party may do to an invitation, and in which states: the one table that both refuses a step
 * ({@link Invitation#require}) and offers it ({@link Invitation#actionsFor}), as {@code ActionRules} does for
 * applications, so that no screen or resource repeats the rule.
 */
public enum InvitationAction {
    ACCEPT(Party.SUPPLIER, Invitation.State.PENDING),
    DECLINE(Party.SUPPLIER, Invitation.State.PENDING),
    /** The supplier shares, in one action, the evidence the criteria ask for (only once it shows the buyer its profile). */
    SHARE_NEEDED(Party.SUPPLIER, Invitation.State.ACCEPTED),
    WITHDRAW(Party.BUYER, Invitation.State.PENDING, Invitation.State.ACCEPTED);

    /** Which side of the invitation acts. */
    public enum Party { BUYER, SUPPLIER }

    private final Party party;
    private final Set<Invitation.State> states;

    InvitationAction(Party party, Invitation.State first, Invitation.State... more) {
        this.party = party;
        this.states = EnumSet.of(first, more);
    }

    public Party party() {
        return party;
    }

    /** Whether the action may be taken in the state. */
    public boolean allowedIn(Invitation.State state) {
        return states.contains(state);
    }

    /** Its name in a path or a list of offered actions: {@code share-needed}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The refusal when the invitation is in a state the action is not for. */
    RuleViolationException refusal(Invitation.State state) {
        return this == SHARE_NEEDED ? new RuleViolationException("invitation.share.not.accepted")
                : new RuleViolationException("invitation.is." + state.key());
    }
}
