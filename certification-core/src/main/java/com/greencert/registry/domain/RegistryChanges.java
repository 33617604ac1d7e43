package com.greencert.registry.domain;

import java.util.List;

/** The registry's change feed in the database. */
public interface RegistryChanges {

    /** Appends an entry in the caller's transaction. */
    void record(RegistryChange change);

    /** Entries with a sequence above {@code after}, in sequence order, at most {@code max}. */
    List<RegistryChange> after(long after, int max);

    /** The highest sequence written so far (0 if none). */
    long latest();
}
