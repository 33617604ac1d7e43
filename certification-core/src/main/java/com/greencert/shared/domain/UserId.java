package com.greencert.shared.domain;

import java.util.Objects;

/** Identifies a person: the subject ({@code sub}) Keycloak gives the user. */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
        if (value.isBlank() || value.length() > 64) {
            throw new InvalidInputException("user.id.invalid", value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
