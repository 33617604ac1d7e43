package com.greencert.audit.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** The stored ledgers (not tenant-filtered: every method names the ledger). */
public interface AuditLog {

    /**
     * The ledger's head, locked for this transaction (SELECT … FOR UPDATE), created first if the ledger has
     * none; appends to one ledger therefore happen one after the other, on any node.
     */
    AuditChainHead lockHead(TenantId ledger);

    /** The head as it is now, without a lock (for checking). */
    Optional<AuditChainHead> head(TenantId ledger);

    void add(AuditEntry entry);

    /** Up to {@code limit} entries numbered above {@code afterSeq} and at most {@code maxSeq}, in order. */
    List<AuditRecord> page(TenantId ledger, long afterSeq, long maxSeq, int limit);

    /** The entry with the lowest number above {@code seq}, if any (entries behind the head). */
    Optional<AuditRecord> firstAfter(TenantId ledger, long seq);

    /** The highest entry number of the ledger (0 when empty). */
    long maxSeq(TenantId ledger);

    /** Newest first. */
    List<AuditRecord> recent(TenantId ledger, int offset, int limit);
}
