package com.greencert.certification.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies a non-conformity found during evaluation. */
public record FindingId(UUID value) implements UuidId {

    public FindingId {
        UuidId.require(value);
    }

    public static FindingId newId() {
        return UuidId.newId(FindingId::new);
    }

    public static FindingId parse(String text) {
        return UuidId.parse(text, FindingId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
