package com.greencert.criteria.domain;

import com.greencert.evidence.domain.EvidenceType;
import java.util.Locale;

/**
 * Every product (or every facility) of the supplier is covered by a piece of evidence of a type, shared with the
 * buyer, issued at most {@code maxAgeMonths} before the day of the match and, if {@code notExpired}, not expired
 * on that day.
 */
public record EvidenceWithin(EvidenceType type, Coverage coverage, int maxAgeMonths, boolean notExpired,
        Importance importance) implements Criterion {

    /** Ten years: evidence older than that is never "recent". */
    public static final int MAX_AGE_MONTHS = 120;

    /** What each piece must be about. */
    public enum Coverage { PRODUCT, FACILITY }

    public EvidenceWithin {
        CriterionParts.required("type", type);
        CriterionParts.required("coverage", coverage);
        CriterionParts.required("importance", importance);
    }

    @Override
    public String key() {
        return "evidence-within:" + type + ":" + coverage.name().toLowerCase(Locale.ROOT) + ":" + maxAgeMonths + "-months"
                + (notExpired ? ":not-expired" : "");
    }
}
