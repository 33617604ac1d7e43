package com.greencert.criteria.domain;

/**
 * One thing a buyer asks of a supplier, and how much it counts ({@link Importance}). The kinds are closed: the
 * matcher answers each of them ({@link Matcher}), and a new kind is a new record here and a new case there.
 */
public sealed interface Criterion
        permits HoldsCredential, NoSvhcAbove, EvidenceWithin, Un383TestSummary, ManagementSystem, DeclaredValueLimit,
        HazardExclusion {

    Importance importance();

    /**
     * What is checked, without how much it counts, in stable, language-neutral words, e.g.
     * {@code management-system:ISO_14001}: the same criterion has the same key in every version and every
     * language, two criteria with the same key are duplicates, and messages name a criterion by it (its label).
     */
    String key();
}
