package com.greencert.registry.domain;

import java.util.List;

/** The registry's change feed in the database. */
public interface RegistryChanges {

    /** Appends an entry in the caller's transaction. */
    void record(RegistryChange change);

    /** Entries with a sequence above {@code after}, in sequence order, at most {@code max}. */
    List<RegistryChange> after(long after, int max);

    /** The entries among {@code sequences} that exist now (committed late), in sequence order. */
    List<RegistryChange> among(java.util.Collection<Long> sequences);

    /** The highest sequence written so far (0 if none). */
    long latest();

    /** The lowest sequence still in the feed (0 if none): the entries below it were pruned. */
    long oldest();

    /**
     * Deletes the entries written before {@code before}, except the newest entry of all (it keeps the feed's
     * highest sequence, by which a node tells a reset database from a pruned feed); returns how many.
     */
    int prune(java.time.Instant before);
}
