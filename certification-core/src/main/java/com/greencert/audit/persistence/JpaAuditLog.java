package com.greencert.audit.persistence;

import com.greencert.audit.domain.AuditChainHead;
import com.greencert.audit.domain.AuditEntry;
import com.greencert.audit.domain.AuditLog;
import com.greencert.audit.domain.AuditRecord;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

@ApplicationScoped
class JpaAuditLog implements AuditLog {

    private static final Logger LOG = Logger.getLogger(JpaAuditLog.class.getName());

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Inject
    AuditHeadCreator creator;

    @Override
    public AuditChainHead lockHead(TenantId ledger) {
        // Look first without a lock: a locking read of a missing row would hold a gap lock (MariaDB,
        // REPEATABLE READ) that the creating transaction below, on another connection, would wait for.
        long heads = em.createQuery("select count(h) from AuditChainHead h where h.ledger = :ledger", Long.class)
                .setParameter("ledger", ledger.value()).getSingleResult();
        if (heads == 0) {
            try {
                creator.createIfAbsent(ledger);
            } catch (RuntimeException raced) {
                // another node created it at the same moment: its row is there now
                LOG.fine(() -> "Audit head of " + ledger + " created concurrently: " + raced);
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, ledger.value(), LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("No audit head for ledger " + ledger + " after creating it");
        }
        return head;
    }

    @Override
    public Optional<AuditChainHead> head(TenantId ledger) {
        return Optional.ofNullable(em.find(AuditChainHead.class, ledger.value()));
    }

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditRecord> page(TenantId ledger, long afterSeq, long maxSeq, int limit) {
        return em.createQuery("select e from AuditEntry e where e.ledger = :ledger and e.seq > :after"
                + " and e.seq <= :max order by e.seq", AuditEntry.class)
                .setParameter("ledger", ledger.value()).setParameter("after", afterSeq).setParameter("max", maxSeq)
                .setMaxResults(limit).getResultStream().map(AuditEntry::toRecord).toList();
    }

    @Override
    public Optional<AuditRecord> firstAfter(TenantId ledger, long seq) {
        return page(ledger, seq, Long.MAX_VALUE, 1).stream().findFirst();
    }

    @Override
    public long maxSeq(TenantId ledger) {
        Long max = em.createQuery("select max(e.seq) from AuditEntry e where e.ledger = :ledger", Long.class)
                .setParameter("ledger", ledger.value()).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public List<AuditRecord> recent(TenantId ledger, int offset, int limit) {
        return em.createQuery("select e from AuditEntry e where e.ledger = :ledger order by e.seq desc", AuditEntry.class)
                .setParameter("ledger", ledger.value()).setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(AuditEntry::toRecord).toList();
    }
}
