package com.greencert.quota.domain;

/** At most {@code perMinute} creations in one calendar minute and {@code total} in all; 0 or less: no limit. */
public record QuotaLimits(long perMinute, long total) {

    public boolean unlimited() {
        return perMinute <= 0 && total <= 0;
    }

    /** The per-minute limit as a number to compare with ({@link Long#MAX_VALUE} when there is none). */
    public long perMinuteOrMax() {
        return perMinute <= 0 ? Long.MAX_VALUE : perMinute;
    }

    public long totalOrMax() {
        return total <= 0 ? Long.MAX_VALUE : total;
    }

    /** Whether {@code n} more fit beside {@code usedInWindow} this minute and {@code total} in all. */
    public QuotaOutcome admits(long usedInWindow, long totalSoFar, long n) {
        if (usedInWindow + n > perMinuteOrMax()) {
            return QuotaOutcome.MINUTE_EXCEEDED;
        }
        return totalSoFar + n > totalOrMax() ? QuotaOutcome.TOTAL_EXCEEDED : QuotaOutcome.GRANTED;
    }
}
