package com.greencert.audit.persistence;

import com.greencert.audit.domain.AuditChainHead;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates a ledger's head row in a transaction of its own and commits it at once, so that the appending
 * transaction (and any other node's) can then lock it. Two nodes creating the same head at once: one
 * insert wins, the other fails on the primary key and its caller simply locks the winner's row.
 */
@ApplicationScoped
class AuditHeadCreator {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void createIfAbsent(TenantId ledger) {
        if (em.find(AuditChainHead.class, ledger.value()) == null) {
            em.persist(new AuditChainHead(ledger));
            em.flush();
        }
    }
}
