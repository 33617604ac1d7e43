package com.greencert.audit.domain;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The end of one tenant's ledger: the number and hash of its last entry. Every append locks this row
 * (several nodes share the database), takes the next number, links the new entry to the last hash and
 * moves the head on, all in the transaction of the change being recorded. Checking a ledger compares its
 * last entry with the head, so deleting the newest entries shows.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int DETAIL_MAX = 2000;
    private static final Pattern ACTION = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    @Id
    @Column(name = "ledger", length = 64)
    private String ledger;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Version
    private long version;

    protected AuditChainHead() {
        // for JPA
    }

    /** The head of a ledger that has no entries yet. */
    public AuditChainHead(TenantId ledger) {
        this.ledger = ledger.value();
        this.lastSeq = 0;
        this.lastHash = AuditChain.GENESIS;
    }

    /**
     * The next entry of this ledger, sealed and linked to the last one; the head now names it. The time is
     * kept to the microsecond (as stored). Action: lower-case words with dots, e.g. {@code application.submitted}.
     */
    public AuditEntry append(Instant at, UserId actor, String actorUsername, TenantId actorTenant, String action,
            String subjectType, String subjectId, String detail) {
        String checkedAction = Text.required("action", action, 100);
        if (!ACTION.matcher(checkedAction).matches()) {
            throw new InvalidInputException("audit.action.invalid", checkedAction);
        }
        AuditRecord entry = new AuditRecord(UUID.randomUUID().toString(), ledger, lastSeq + 1,
                AuditChain.storable(Objects.requireNonNull(at, "at")), actor.value(),
                Text.required("actorUsername", actorUsername, 200), actorTenant.value(), checkedAction,
                Text.required("subjectType", subjectType, 60), Text.required("subjectId", subjectId, 200),
                Text.optional("detail", detail, DETAIL_MAX), lastHash, null).sealed();
        lastSeq = entry.seq();
        lastHash = entry.hash();
        return new AuditEntry(entry);
    }

    public TenantId ledger() {
        return TenantId.of(ledger);
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
