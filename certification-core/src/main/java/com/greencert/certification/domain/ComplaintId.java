package com.greencert.certification.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies a complaint against a certified supplier. */
public record ComplaintId(UUID value) implements UuidId {

    public ComplaintId {
        UuidId.require(value);
    }

    public static ComplaintId newId() {
        return UuidId.newId(ComplaintId::new);
    }

    public static ComplaintId parse(String text) {
        return UuidId.parse(text, ComplaintId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
