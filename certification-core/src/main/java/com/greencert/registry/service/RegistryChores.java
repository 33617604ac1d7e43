package com.greencert.registry.service;

import com.greencert.certification.domain.Applications;
import com.greencert.credential.service.PublicCredentials;
import com.greencert.registry.domain.ExpiryWindow;
import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistryChanges;
import com.greencert.shared.cluster.domain.ClusterJobs;
import com.greencert.shared.cluster.domain.ClusterRun;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry's cluster-wide chores, each in one transaction of its own that first claims the chore
 * ({@link ClusterJobs#claimIfDue}): the claim's row lock is held until the work is committed, and a failed run rolls
 * the claim back, so the next round tries again. Empty answers mean "not due, or another node has it".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RegistryChores {

    /** The cluster jobs' names (rows of {@code cluster_job}, V15). */
    static final String EXPIRY = "expiry";
    static final String PRUNE = "prune";

    @Inject
    ClusterJobs jobs;

    @Inject
    RegistryChanges changes;

    @Inject
    Applications applications;

    @Inject
    PublicCredentials credentials;

    @Inject
    Clock clock;

    /**
     * Writes a change for every supplier whose certification or credential reached the end of its validity since
     * the last run (and within the day: {@link ExpiryWindow}), so every node re-reads its status; how many.
     */
    public OptionalInt markExpired(String node, Duration every) {
        Instant now = clock.instant();
        Optional<ClusterRun> run = jobs.claimIfDue(EXPIRY, node, every, now);
        if (run.isEmpty()) {
            return OptionalInt.empty();
        }
        ExpiryWindow window = ExpiryWindow.between(run.get().previous(), now);
        Set<String> suppliers = new TreeSet<>();
        applications.suppliersCertifiedUntil(window.from(), window.to()).stream().map(TenantId::value).forEach(suppliers::add);
        credentials.suppliersValidUntil(window.from(), window.to()).stream().map(TenantId::value).forEach(suppliers::add);
        suppliers.forEach(s -> changes.record(new RegistryChange(s, "expiry", now)));
        return OptionalInt.of(suppliers.size());
    }

    /** Deletes the change-feed entries older than {@code retention} (never the newest); how many. */
    public OptionalInt prune(String node, Duration every, Duration retention) {
        Instant now = clock.instant();
        if (jobs.claimIfDue(PRUNE, node, every, now).isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(changes.prune(now.minus(retention)));
    }
}
