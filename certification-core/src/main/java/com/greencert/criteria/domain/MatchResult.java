package com.greencert.criteria.domain;

import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Locale;

/**
 * How one supplier measures up to a version of a criteria set: an answer per criterion ({@link Line}), the overall
 * outcome and a score.
 *
 * <p>The overall outcome is {@code FAIL} if any mandatory criterion fails, otherwise {@code UNKNOWN} if any
 * mandatory criterion is unknown, otherwise {@code PASS}; weighted criteria never change it.
 *
 * <p>The score, 0 to 100, is the share of the weights of the weighted criteria the supplier passes, rounded down
 * (100 only when it passes all of them): an unknown earns nothing, like a failure, so sharing more can only raise
 * a supplier's score, and withholding never pays. Mandatory criteria do not count in it. With no weighted criterion
 * the score is 100: nothing beyond the mandatory criteria was asked.
 */
public record MatchResult(TenantId supplier, Outcome overall, int score, List<Line> lines) {

    public MatchResult {
        lines = List.copyOf(lines);
    }

    /** The result the lines make (overall outcome and score by the rules above). */
    static MatchResult of(TenantId supplier, List<Line> lines) {
        boolean mandatoryUnknown = false;
        boolean mandatoryFailed = false;
        long total = 0;
        long earned = 0;
        for (Line line : lines) {
            if (line.importance().mandatory()) {
                mandatoryFailed |= line.outcome() == Outcome.FAIL;
                mandatoryUnknown |= line.outcome() == Outcome.UNKNOWN;
            } else if (line.importance().weighted()) {
                total += line.importance().weight();
                earned += line.outcome() == Outcome.PASS ? line.importance().weight() : 0;
            }
        }
        Outcome overall = mandatoryFailed ? Outcome.FAIL : mandatoryUnknown ? Outcome.UNKNOWN : Outcome.PASS;
        return new MatchResult(supplier, overall, total == 0 ? 100 : (int) (100 * earned / total), lines);
    }

    /**
     * The answer for one criterion: its position (from 1) and key, how much it counts, the outcome, the reason with
     * its arguments (for {@link MatchReason#NOT_SHARED} none), and what the answer rests on (for not shared: nothing).
     */
    public record Line(int position, String key, Importance importance, Outcome outcome, MatchReason reason,
            List<Object> args, List<Basis> basis) {

        public Line {
            args = List.copyOf(args);
            basis = List.copyOf(basis);
        }

        /** Unknown because the supplier holds something it has not shared with the buyer. */
        public boolean notShared() {
            return reason == MatchReason.NOT_SHARED;
        }

        /** The reason in words, in English or Chinese. */
        public String message(Locale locale) {
            return DomainMessages.format(reason.key(), locale, args.toArray());
        }
    }
}
