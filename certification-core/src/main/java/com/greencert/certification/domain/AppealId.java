package com.greencert.certification.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies an appeal against a certification decision. */
public record AppealId(UUID value) implements UuidId {

    public AppealId {
        UuidId.require(value);
    }

    public static AppealId newId() {
        return UuidId.newId(AppealId::new);
    }

    public static AppealId parse(String text) {
        return UuidId.parse(text, AppealId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
