package com.greencert.shared.cluster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A chore that one node of the cluster does for all, now and then: the registry's expiry re-read and feed
 * pruning, the reminders scan. Nodes share the row; one runs the chore when it is due by claiming it
 * ({@link ClusterJobs#claim}), which counts the run. The rows are written by the migrations (V15, V18).
 * Shared across tenants on purpose (eclipselink-orm.xml): it names no tenant.
 */
@Entity
@Table(name = "cluster_job")
public class ClusterJob {

    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Column(name = "runs", nullable = false)
    private long runs;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    protected ClusterJob() {
        // for JPA
    }

    /** A job as it stands. */
    public ClusterJob(String name, long runs, Instant lastRunAt) {
        this.name = name;
        this.runs = runs;
        this.lastRunAt = lastRunAt;
    }

    /**
     * Whether the chore is due at {@code now}: never run, or last run at least {@code every} ago, or stamped more
     * than {@code every} in the future (a clock set back, e.g. a test clock reset, must not stop the job for good).
     */
    public boolean dueAt(Instant now, Duration every) {
        return lastRunAt == null || !lastRunAt.plus(every).isAfter(now) || lastRunAt.isAfter(now.plus(every));
    }

    public String name() { return name; }
    public long runs() { return runs; }
    public Optional<Instant> lastRunAt() { return Optional.ofNullable(lastRunAt); }
    public Optional<String> claimedBy() { return Optional.ofNullable(claimedBy); }
}
