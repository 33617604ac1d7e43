package com.greencert.credential.persistence;

import com.greencert.credential.domain.CredentialIssuer;
import com.greencert.credential.domain.StatusList;
import com.greencert.credential.domain.StatusPurpose;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import jakarta.inject.Inject;

/**
 * Creates a body's issuer row and status lists in a transaction of their own and commits them at once, so the
 * issuing transaction (and any other node's) can then lock them. Two nodes creating the same row at once: one
 * insert wins, the other fails on the primary key and its caller simply locks the winner's row.
 */
@ApplicationScoped
class RowCreator {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void issuerIfAbsent(TenantId body) {
        if (em.find(CredentialIssuer.class, body.value()) == null) {
            em.persist(new CredentialIssuer(body));
            em.flush();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void statusListIfAbsent(TenantId body, StatusPurpose purpose) {
        if (em.find(StatusList.class, StatusList.idOf(body, purpose)) == null) {
            em.persist(new StatusList(body, purpose, clock.instant()));
            em.flush();
        }
    }
}
