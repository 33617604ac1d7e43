package com.greencert.criteria.domain;

/**
 * Every product whose UN number calls for a UN 38.3 test summary (lithium batteries UN3090, UN3091, UN3480,
 * UN3481, and the other entries the reference list marks, e.g. sodium ion batteries) is covered by a
 * {@code UN38_3_SUMMARY} the supplier shared. The rule which UN numbers need one is the reference data's
 * ({@link com.greencert.reference.domain.UnNumber#requiresUn383TestSummary()}); a summary does not expire.
 */
public record Un383TestSummary(Importance importance) implements Criterion {

    public Un383TestSummary {
        CriterionParts.required("importance", importance);
    }

    @Override
    public String key() {
        return "un38.3-test-summary";
    }
}
