package com.greencert.criteria.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies a buyer's invitation of one supplier for one criteria set. */
public record InvitationId(UUID value) implements UuidId {

    public InvitationId {
        UuidId.require(value);
    }

    public static InvitationId newId() {
        return UuidId.newId(InvitationId::new);
    }

    public static InvitationId parse(String text) {
        return UuidId.parse(text, InvitationId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
