package com.greencert.shared.cluster.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The cluster's jobs in the database, claimed by one node at a time. */
public interface ClusterJobs {

    Optional<ClusterJob> find(String name);

    /**
     * Claims a run for this node, in the caller's transaction: true only if nobody counted a run since this
     * caller read {@code runsRead} (then the run is counted and stamped {@code now} and {@code node}). Of several
     * nodes that read the same count, one wins; the others get false (or, while the winner's transaction is open,
     * wait for it, then get false).
     */
    boolean claim(String name, long runsRead, Instant now, String node);

    /**
     * The round of the job this node may run now, in the caller's transaction (whose row lock on the job then
     * lasts until it commits, so a failed round rolls the claim back and is tried again); empty when the job is
     * not due ({@code every} has not passed since its last run) or another node claimed it.
     */
    default Optional<ClusterRun> claimIfDue(String name, String node, Duration every, Instant now) {
        ClusterJob job = find(name).orElseThrow(() -> new IllegalStateException("no cluster job " + name));
        if (!job.dueAt(now, every) || !claim(name, job.runs(), now, node)) {
            return Optional.empty();
        }
        return Optional.of(new ClusterRun(now, job.lastRunAt()));
    }
}
