package com.greencert.quota.domain;

import java.time.Instant;
import java.util.function.LongSupplier;

/** The current tenant's quota counters, shared by every node through the database. */
public interface QuotaUsages {

    /**
     * Takes {@code n} units of the kind for the minute that starts at {@code window}, if they fit the limits,
     * atomically with respect to every other node. The first use of a kind starts its total from
     * {@code existing} (what the tenant has already, e.g. rows created before quotas were counted).
     */
    QuotaOutcome consume(QuotaKind kind, long n, QuotaLimits limits, Instant window, LongSupplier existing);
}
