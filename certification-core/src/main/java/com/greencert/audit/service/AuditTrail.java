package com.greencert.audit.service;

import com.greencert.audit.domain.AuditChain;
import com.greencert.audit.domain.AuditChainHead;
import com.greencert.audit.domain.AuditEntry;
import com.greencert.audit.domain.AuditLog;
import com.greencert.audit.domain.AuditRecord;
import com.greencert.audit.domain.ChainBreak;
import com.greencert.audit.domain.ChainVerification;
import com.greencert.audit.domain.ChainVerifier;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The tamper-evident audit log (docs/adr/0009-tamper-evident-audit-log.md). Features record what people
 * did in the ledger of the tenant whose record it is, inside the transaction of the change itself, so a
 * change that is rolled back leaves no entry and a recorded change is never missing its entry. A tenant's
 * administrators and the platform operator check the chain and read the newest entries.
 */
@ApplicationScoped
public class AuditTrail {

    /** Entries read per query while checking a ledger. */
    static final int PAGE = 1000;
    /** The most entries {@link #recent} returns at once. */
    public static final int MAX_RECENT = 500;

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    AuditLog log;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /**
     * Adds an entry to {@code ledger} for the current caller: {@code action} such as
     * {@code application.submitted}, the subject's type and id, and an optional detail or reason (at most
     * 2,000 characters). Must be called inside the transaction of the change it records; appends to one
     * ledger wait for each other (the ledger's head row is locked until that transaction ends).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TenantId ledger, String action, String subjectType, String subjectId, String detail) {
        Objects.requireNonNull(ledger, "ledger");
        Caller caller = callers.require();
        AuditChainHead head = log.lockHead(ledger);
        AuditEntry entry = head.append(clock.instant(), caller.userId(), caller.username(), caller.tenantId(), action,
                subjectType, subjectId, detail);
        log.add(entry);
    }

    /**
     * Checks every entry of the ledger against its hash, its number and the entry before it, and the last
     * one against the ledger's head, reading {@value #PAGE} entries at a time outside any transaction (so
     * a long ledger neither holds a transaction open nor piles up in memory). Stops at the first broken
     * entry.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainVerification verify(TenantId ledger) {
        Caller caller = requireReader(ledger);
        Optional<AuditChainHead> head = log.head(ledger);
        long headSeq = head.map(AuditChainHead::lastSeq).orElse(0L);
        String headHash = head.map(AuditChainHead::lastHash).orElse(AuditChain.GENESIS);
        ChainVerifier verifier = new ChainVerifier(ledger);
        long after = 0;
        boolean going = true;
        while (going) {
            List<AuditRecord> page = log.page(ledger, after, headSeq, PAGE);
            for (AuditRecord entry : page) {
                if (!verifier.accept(entry)) {
                    going = false;
                    break;
                }
            }
            going = going && page.size() == PAGE;
            after = page.isEmpty() ? after : page.getLast().seq();
        }
        ChainVerification result = verifier.finish(headSeq, headHash);
        if (result.intact()) {
            result = entriesBehindTheHead(ledger, result);
        }
        ChainVerification outcome = result;
        LOG.info(() -> "Audit ledger " + ledger + " checked by " + caller.username() + ": "
                + (outcome.intact() ? "intact, " + outcome.checked() + " entries"
                        : "BROKEN at #" + outcome.brokenSeq() + " (" + outcome.brokenEntryId() + "): " + outcome.reason()));
        return outcome;
    }

    /**
     * Entries numbered beyond the head were not appended through the head. The highest number is read
     * before the head: an append commits its entry and the head together, so entries appended meanwhile
     * are covered by the head read afterwards.
     */
    private ChainVerification entriesBehindTheHead(TenantId ledger, ChainVerification intact) {
        long max = log.maxSeq(ledger);
        long headNow = log.head(ledger).map(AuditChainHead::lastSeq).orElse(0L);
        if (max <= headNow) {
            return intact;
        }
        return log.firstAfter(ledger, headNow)
                .map(extra -> ChainVerification.broken(ledger, intact.checked(), extra.seq(), extra.id(),
                        ChainBreak.HEAD_MISMATCH))
                .orElse(intact);
    }

    /**
     * One page of the ledger, newest entry first; the total is the highest entry number (entries are
     * numbered from 1 without gaps while the chain is intact).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> recent(TenantId ledger, PageRequest page) {
        requireReader(ledger);
        long total = log.maxSeq(ledger);
        List<AuditEntryView> rows = page.offset() >= total ? List.of()
                : log.recent(ledger, page.offset(), page.limit()).stream().map(AuditEntryView::of).toList();
        return new Page<>(rows, total, page);
    }

    /** Whether the current caller may check and read this ledger. */
    public boolean mayRead(TenantId ledger) {
        return callers.current().map(c -> mayRead(c, ledger)).orElse(false);
    }

    private Caller requireReader(TenantId ledger) {
        Objects.requireNonNull(ledger, "ledger");
        Caller caller = callers.require();
        if (!mayRead(caller, ledger)) {
            throw new AccessDeniedException("audit.access.denied", ledger.value());
        }
        return caller;
    }

    private static boolean mayRead(Caller caller, TenantId ledger) {
        return caller.has(Role.PLATFORM_ADMIN) || caller.has(Role.TENANT_ADMIN) && caller.tenantId().equals(ledger);
    }
}
