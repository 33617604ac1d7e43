package com.greencert.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The facts of one audit log entry as they are hashed and checked: which ledger and position, when, who
 * (user id, username and the tenant they acted for), what they did to which subject, why, and the links
 * of the chain ({@code prevHash}, {@code hash}). A plain value, so the chain can be checked without a
 * database.
 */
public record AuditRecord(String id, String ledger, long seq, Instant occurredAt, String actorUserId,
        String actorUsername, String actorTenant, String action, String subjectType, String subjectId,
        String detail, String prevHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** This record with the hash its own fields (and its link to the previous entry) call for. */
    public AuditRecord sealed() {
        return withHash(AuditChain.hash(this));
    }

    /** Whether the stored hash is the one the fields call for (false: the entry was altered). */
    public boolean hashMatches() {
        return AuditChain.hash(this).equals(hash);
    }

    public AuditRecord withHash(String newHash) {
        return new AuditRecord(id, ledger, seq, occurredAt, actorUserId, actorUsername, actorTenant, action,
                subjectType, subjectId, detail, prevHash, newHash);
    }

    public AuditRecord withDetail(String newDetail) {
        return new AuditRecord(id, ledger, seq, occurredAt, actorUserId, actorUsername, actorTenant, action,
                subjectType, subjectId, newDetail, prevHash, hash);
    }

    public AuditRecord withSeq(long newSeq) {
        return new AuditRecord(id, ledger, newSeq, occurredAt, actorUserId, actorUsername, actorTenant, action,
                subjectType, subjectId, detail, prevHash, hash);
    }

    public AuditRecord withPrevHash(String newPrevHash) {
        return new AuditRecord(id, ledger, seq, occurredAt, actorUserId, actorUsername, actorTenant, action,
                subjectType, subjectId, detail, newPrevHash, hash);
    }
}
