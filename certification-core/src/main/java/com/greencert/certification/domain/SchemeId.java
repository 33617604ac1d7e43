package com.greencert.certification.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies one version of a certification scheme. */
public record SchemeId(UUID value) implements UuidId {

    public SchemeId {
        UuidId.require(value);
    }

    public static SchemeId newId() {
        return UuidId.newId(SchemeId::new);
    }

    public static SchemeId parse(String text) {
        return UuidId.parse(text, SchemeId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
