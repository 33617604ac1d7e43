package com.greencert.svhc.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies one imported version of the SVHC candidate list. */
public record SvhcListVersionId(UUID value) {

    public SvhcListVersionId {
        Objects.requireNonNull(value, "svhc list version id");
    }

    public static SvhcListVersionId newId() {
        return new SvhcListVersionId(UUID.randomUUID());
    }

    public static SvhcListVersionId parse(String text) {
        try {
            return new SvhcListVersionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", String.valueOf(text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
