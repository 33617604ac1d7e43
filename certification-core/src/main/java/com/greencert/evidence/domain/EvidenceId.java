package com.greencert.evidence.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies one version of a piece of evidence. */
public record EvidenceId(UUID value) implements UuidId {

    public EvidenceId {
        UuidId.require(value);
    }

    public static EvidenceId newId() {
        return UuidId.newId(EvidenceId::new);
    }

    public static EvidenceId parse(String text) {
        return UuidId.parse(text, EvidenceId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
