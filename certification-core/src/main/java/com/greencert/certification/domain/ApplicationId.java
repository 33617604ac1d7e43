package com.greencert.certification.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies an application for certification (and, once granted, the certification it became). */
public record ApplicationId(UUID value) implements UuidId {

    public ApplicationId {
        UuidId.require(value);
    }

    public static ApplicationId newId() {
        return UuidId.newId(ApplicationId::new);
    }

    public static ApplicationId parse(String text) {
        return UuidId.parse(text, ApplicationId::new);
    }

    /** The short reference a person reads on the application's page ("application ref. 3F2A9C01"). */
    public String reference() {
        return value.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
