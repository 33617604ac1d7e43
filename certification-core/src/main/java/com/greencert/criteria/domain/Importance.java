package com.greencert.criteria.domain;

/**
 * How much a criterion counts: mandatory (a supplier who fails it fails the set) or a weight from 1 to 100 in
 * the score. Exactly one of the two. Any combination can be written down here; a version of a criteria set
 * refuses the wrong ones naming the criterion ({@link CriteriaVersion}), so the buyer learns which line to fix.
 *
 * @param weight null when there is none
 */
public record Importance(boolean mandatory, Integer weight) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 100;

    public static final Importance MANDATORY = new Importance(true, null);

    public static Importance weight(int weight) {
        return new Importance(false, weight);
    }

    /** Whether the criterion counts in the score (it has a weight and is not mandatory). */
    public boolean weighted() {
        return !mandatory && weight != null;
    }

    @Override
    public String toString() {
        return mandatory ? "mandatory" : "weight " + weight;
    }
}
