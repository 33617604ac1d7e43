package com.greencert.criteria.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a criteria set: its number (from 1), its criteria in the buyer's order (checked by
 * {@link CriteriaRules}), when it was written, and whether it has been used — an invitation was sent or a match
 * made against it — which freezes it.
 */
public record CriteriaVersion(int number, List<Criterion> criteria, Instant createdAt, boolean used) {

    public CriteriaVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version number " + number);
        }
        criteria = CriteriaRules.validated(criteria);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A used version is never changed again: editing it makes the next version. */
    public boolean frozen() {
        return used;
    }

    CriteriaVersion markedUsed() {
        return used ? this : new CriteriaVersion(number, criteria, createdAt, true);
    }
}
