package com.greencert.supplier.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies a supplier's facility. */
public record FacilityId(UUID value) {

    public FacilityId {
        Objects.requireNonNull(value, "facility id");
    }

    public static FacilityId newId() {
        return new FacilityId(UUID.randomUUID());
    }

    public static FacilityId parse(String text) {
        try {
            return new FacilityId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
