package com.greencert.certification.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies one version of a certification scheme. */
public record SchemeId(UUID value) {

    public SchemeId {
        Objects.requireNonNull(value, "id");
    }

    public static SchemeId newId() {
        return new SchemeId(UUID.randomUUID());
    }

    public static SchemeId parse(String text) {
        try {
            return new SchemeId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
