package com.greencert.criteria.domain;

/**
 * The supplier shared a certificate of its management system to a standard that is valid on the day of the
 * match (issued on or before it, not expired).
 */
public record ManagementSystem(Standard standard, Importance importance) implements Criterion {

    /** The management-system standards a buyer may ask for. */
    public enum Standard {
        /** Environmental management. */
        ISO_14001,
        /** Occupational health and safety management. */
        ISO_45001,
        /** Quality management. */
        ISO_9001
    }

    public ManagementSystem {
        CriterionParts.required("standard", standard);
        CriterionParts.required("importance", importance);
    }

    @Override
    public String key() {
        return "management-system:" + standard;
    }
}
