package com.greencert.criteria.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies a buyer's criteria set (all its versions). */
public record CriteriaSetId(UUID value) implements UuidId {

    public CriteriaSetId {
        UuidId.require(value);
    }

    public static CriteriaSetId newId() {
        return UuidId.newId(CriteriaSetId::new);
    }

    public static CriteriaSetId parse(String text) {
        return UuidId.parse(text, CriteriaSetId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
