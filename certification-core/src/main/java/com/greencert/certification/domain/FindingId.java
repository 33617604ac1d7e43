package com.greencert.certification.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies a non-conformity found during evaluation. */
public record FindingId(UUID value) {

    public FindingId {
        Objects.requireNonNull(value, "id");
    }

    public static FindingId newId() {
        return new FindingId(UUID.randomUUID());
    }

    public static FindingId parse(String text) {
        try {
            return new FindingId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
