package com.greencert.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a tenant's audit log, written once and never changed: its position in the ledger, when,
 * who, what to which subject and why, sealed with a hash that also covers the previous entry's hash. New
 * entries come only from {@link AuditChainHead#append}. Not tenant-owned: the ledger is named explicitly.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ledger", nullable = false, length = 64, updatable = false)
    private String ledger;

    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_user_id", nullable = false, length = 64, updatable = false)
    private String actorUserId;

    @Column(name = "actor_username", nullable = false, length = 200, updatable = false)
    private String actorUsername;

    @Column(name = "actor_tenant", nullable = false, length = 64, updatable = false)
    private String actorTenant;

    @Column(name = "action", nullable = false, length = 100, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 60, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 200, updatable = false)
    private String subjectId;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(AuditRecord sealed) {
        this.id = sealed.id();
        this.ledger = sealed.ledger();
        this.seq = sealed.seq();
        this.occurredAt = sealed.occurredAt();
        this.actorUserId = sealed.actorUserId();
        this.actorUsername = sealed.actorUsername();
        this.actorTenant = sealed.actorTenant();
        this.action = sealed.action();
        this.subjectType = sealed.subjectType();
        this.subjectId = sealed.subjectId();
        this.detail = sealed.detail();
        this.prevHash = sealed.prevHash();
        this.hash = sealed.hash();
    }

    /** The entry's facts as stored (to check or to show). */
    public AuditRecord toRecord() {
        return new AuditRecord(id, ledger, seq, occurredAt, actorUserId, actorUsername, actorTenant, action,
                subjectType, subjectId, detail, prevHash, hash);
    }

    public String id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }
}
