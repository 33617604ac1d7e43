package com.greencert.registry.domain;

import java.time.Instant;
import java.util.Optional;

/** The registry's chores in the database, claimed by one node at a time. */
public interface RegistryJobs {

    Optional<RegistryJob> find(String name);

    /**
     * Claims a run for this node, in the caller's transaction: true only if nobody counted a run since this
     * caller read {@code runsRead} (then the run is counted and stamped {@code now} and {@code node}). Of several
     * nodes that read the same count, one wins; the others get false (or, while the winner's transaction is open,
     * wait for it, then get false).
     */
    boolean claim(String name, long runsRead, Instant now, String node);
}
