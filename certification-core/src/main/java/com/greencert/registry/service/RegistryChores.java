package com.greencert.registry.service;

import com.greencert.certification.domain.Applications;
import com.greencert.credential.service.PublicCredentials;
import com.greencert.registry.domain.ExpiryWindow;
import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistryChanges;
import com.greencert.registry.domain.RegistryJob;
import com.greencert.registry.domain.RegistryJobs;
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
 * ({@link RegistryJobs#claim}): the claim's row lock is held until the work is committed, and a failed run rolls
 * the claim back, so the next round tries again. Empty answers mean "not due, or another node has it".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RegistryChores {

    @Inject
    RegistryJobs jobs;

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
        Optional<Optional<Instant>> last = claim(RegistryJob.EXPIRY, node, every, now);
        if (last.isEmpty()) {
            return OptionalInt.empty();
        }
        ExpiryWindow window = ExpiryWindow.between(last.get(), now);
        Set<String> suppliers = new TreeSet<>();
        applications.suppliersCertifiedUntil(window.from(), window.to()).stream().map(TenantId::value).forEach(suppliers::add);
        credentials.suppliersValidUntil(window.from(), window.to()).stream().map(TenantId::value).forEach(suppliers::add);
        suppliers.forEach(s -> changes.record(new RegistryChange(s, "expiry", now)));
        return OptionalInt.of(suppliers.size());
    }

    /** Deletes the change-feed entries older than {@code retention} (never the newest); how many. */
    public OptionalInt prune(String node, Duration every, Duration retention) {
        Instant now = clock.instant();
        if (claim(RegistryJob.PRUNE, node, every, now).isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(changes.prune(now.minus(retention)));
    }

    /** The previous run's time (itself empty for a first run), or empty when not due or claimed by another node. */
    private Optional<Optional<Instant>> claim(String name, String node, Duration every, Instant now) {
        RegistryJob job = jobs.find(name).orElseThrow(() -> new IllegalStateException("no registry job " + name));
        Optional<Instant> last = job.lastRunAt();
        if (!job.dueAt(now, every) || !jobs.claim(name, job.runs(), now, node)) {
            return Optional.empty();
        }
        return Optional.of(last);
    }
}
