package com.greencert.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A chore of the registry that one node of the cluster does for all, now and then: re-reading suppliers whose
 * certificates passed their validity ({@link #EXPIRY}) and pruning the change feed ({@link #PRUNE}). Nodes share
 * the row; one runs the chore when it is due by claiming it ({@link RegistryJobs#claim}), which counts the run.
 * Shared across tenants on purpose (eclipselink-orm.xml): it names no tenant.
 */
@Entity
@Table(name = "registry_job")
public class RegistryJob {

    public static final String EXPIRY = "expiry";
    public static final String PRUNE = "prune";

    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Column(name = "runs", nullable = false)
    private long runs;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    protected RegistryJob() {
        // for JPA
    }

    /** A job as it stands (the rows themselves are written by the migration, V15). */
    public RegistryJob(String name, long runs, Instant lastRunAt) {
        this.name = name;
        this.runs = runs;
        this.lastRunAt = lastRunAt;
    }

    /** Whether the chore is due at {@code now}: never run, or last run at least {@code every} ago. */
    public boolean dueAt(Instant now, Duration every) {
        return lastRunAt == null || !lastRunAt.plus(every).isAfter(now);
    }

    public String name() { return name; }
    public long runs() { return runs; }
    public Optional<Instant> lastRunAt() { return Optional.ofNullable(lastRunAt); }
    public Optional<String> claimedBy() { return Optional.ofNullable(claimedBy); }
}
