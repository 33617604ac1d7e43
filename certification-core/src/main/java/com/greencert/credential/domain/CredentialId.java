package com.greencert.credential.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies one issued credential (its {@code id} is {@code urn:uuid:<this>}). */
public record CredentialId(UUID value) implements UuidId {

    public CredentialId {
        UuidId.require(value);
    }

    public static CredentialId newId() {
        return UuidId.newId(CredentialId::new);
    }

    public static CredentialId parse(String text) {
        return UuidId.parse(text, CredentialId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
