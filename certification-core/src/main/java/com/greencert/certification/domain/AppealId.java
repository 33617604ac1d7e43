package com.greencert.certification.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies an appeal against a certification decision. */
public record AppealId(UUID value) {

    public AppealId {
        Objects.requireNonNull(value, "id");
    }

    public static AppealId newId() {
        return new AppealId(UUID.randomUUID());
    }

    public static AppealId parse(String text) {
        try {
            return new AppealId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
