package com.greencert.certification.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies a complaint against a certified supplier. */
public record ComplaintId(UUID value) {

    public ComplaintId {
        Objects.requireNonNull(value, "id");
    }

    public static ComplaintId newId() {
        return new ComplaintId(UUID.randomUUID());
    }

    public static ComplaintId parse(String text) {
        try {
            return new ComplaintId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
