package com.greencert.registry.domain;

import java.util.Collection;

/**
 * The search engine behind the public registry (ADR 0018): the embedded Lucene index now, OpenSearch next,
 * the same contract. An engine stores, with the documents, the position in the database change feed up to which
 * they are current, so that a restarted node (or a fresh OpenSearch index) knows where to resume.
 */
public interface RegistrySearch {

    /**
     * Replaces or adds {@code upserts}, removes the suppliers {@code removals}, and records that the index is
     * now current up to change {@code sequence}; visible to searches when this returns.
     */
    void apply(Collection<SupplierDocument> upserts, Collection<String> removals, long sequence);

    /** Empties the index (before a full rebuild). */
    void clear();

    /** The change-feed position the index is current up to (0 for a new index). */
    long appliedSequence();

    /** How many suppliers the index holds. */
    long size();

    RegistryHits search(RegistryQuery query);
}
