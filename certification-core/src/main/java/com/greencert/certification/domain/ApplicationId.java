package com.greencert.certification.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies an application for certification (and, once granted, the certification it became). */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "id");
    }

    public static ApplicationId newId() {
        return new ApplicationId(UUID.randomUUID());
    }

    public static ApplicationId parse(String text) {
        try {
            return new ApplicationId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
