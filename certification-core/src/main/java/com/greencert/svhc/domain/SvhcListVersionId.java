package com.greencert.svhc.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies one imported version of the SVHC candidate list. */
public record SvhcListVersionId(UUID value) implements UuidId {

    public SvhcListVersionId {
        UuidId.require(value);
    }

    public static SvhcListVersionId newId() {
        return UuidId.newId(SvhcListVersionId::new);
    }

    public static SvhcListVersionId parse(String text) {
        return UuidId.parse(text, SvhcListVersionId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
