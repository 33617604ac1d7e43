package com.greencert.supplier.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies a supplier's facility. */
public record FacilityId(UUID value) implements UuidId {

    public FacilityId {
        UuidId.require(value);
    }

    public static FacilityId newId() {
        return UuidId.newId(FacilityId::new);
    }

    public static FacilityId parse(String text) {
        return UuidId.parse(text, FacilityId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
