package com.greencert.quota.persistence;

import com.greencert.quota.domain.QuotaKind;
import com.greencert.quota.domain.QuotaLimits;
import com.greencert.quota.domain.QuotaOutcome;
import com.greencert.quota.domain.QuotaUsages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Counts in a transaction of its own ({@link QuotaCounter}), committed at once: the counter row is locked
 * only for that moment, not for the whole (possibly long) creating transaction. Two nodes creating a
 * tenant's first counter row at the same moment: one insert wins, the other fails on the unique key and
 * simply counts again, against the winner's row.
 */
@ApplicationScoped
class JpaQuotaUsages implements QuotaUsages {

    private static final Logger LOG = Logger.getLogger(JpaQuotaUsages.class.getName());

    @Inject
    QuotaCounter counter;

    @Override
    public QuotaOutcome consume(QuotaKind kind, long n, QuotaLimits limits, Instant window, LongSupplier existing) {
        try {
            return counter.consume(kind, n, limits, window, existing);
        } catch (RuntimeException raced) {
            LOG.fine(() -> "Quota counter " + kind + " created concurrently, counting again: " + raced);
            return counter.consume(kind, n, limits, window, existing);
        }
    }
}
