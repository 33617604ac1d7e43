package com.greencert.criteria.service;

import com.greencert.criteria.domain.SupplierFactsSource;
import com.greencert.shared.cluster.domain.ClusterJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * One round of keeping suppliers' fact sheets ahead of matches (docs/adr/0027), on the node that claims it
 * ({@link ClusterJobs#claimIfDue}; the claim's row lock holds until the round ends, so two nodes never build the
 * same sheets at once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FactSheetChore {

    /** The cluster job's name (a row of {@code cluster_job}, V31). */
    static final String JOB = "fact-sheets";

    @Inject
    ClusterJobs jobs;

    @Inject
    SupplierFactsSource facts;

    @Inject
    Clock clock;

    /** Keeps the sheets of up to {@code most} suppliers that have none valid; how many (empty: not this node's). */
    public OptionalInt keepMissing(String node, Duration every, int most) {
        if (jobs.claimIfDue(JOB, node, every, clock.instant()).isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(facts.keepMissing(most));
    }
}
