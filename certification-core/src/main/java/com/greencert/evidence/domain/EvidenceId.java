package com.greencert.evidence.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies one version of a piece of evidence. */
public record EvidenceId(UUID value) {

    public EvidenceId {
        Objects.requireNonNull(value, "evidence id");
    }

    public static EvidenceId newId() {
        return new EvidenceId(UUID.randomUUID());
    }

    public static EvidenceId parse(String text) {
        try {
            return new EvidenceId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
