package com.greencert.criteria.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies a buyer's invitation, by e-mail, of a supplier that is not on the portal yet. */
public record JoinInvitationId(UUID value) implements UuidId {

    public JoinInvitationId {
        UuidId.require(value);
    }

    public static JoinInvitationId newId() {
        return UuidId.newId(JoinInvitationId::new);
    }

    public static JoinInvitationId parse(String text) {
        return UuidId.parse(text, JoinInvitationId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
