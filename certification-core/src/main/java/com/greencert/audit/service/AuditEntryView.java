package com.greencert.audit.service;

import com.greencert.audit.domain.AuditRecord;
import java.time.Instant;

/** One audit log entry as shown to its readers. */
public record AuditEntryView(String id, long seq, Instant occurredAt, String actorUserId, String actorUsername,
        String actorTenant, String action, String subjectType, String subjectId, String detail, String prevHash,
        String hash) {

    static AuditEntryView of(AuditRecord r) {
        return new AuditEntryView(r.id(), r.seq(), r.occurredAt(), r.actorUserId(), r.actorUsername(), r.actorTenant(),
                r.action(), r.subjectType(), r.subjectId(), r.detail(), r.prevHash(), r.hash());
    }
}
