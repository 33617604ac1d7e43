package com.greencert.criteria.domain;

/** How a supplier measures up to a criterion, or to a whole criteria set. */
public enum Outcome {
    PASS,
    FAIL,
    /** The facts the buyer may see do not tell; the reason says why (not shared, not public, not declared, …). */
    UNKNOWN
}
