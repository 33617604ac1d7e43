package com.greencert.evidence.persistence;

import com.greencert.shared.persistence.UniqueConstraints;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.IdempotencyKeyTakenException;
import com.greencert.evidence.domain.UploadClaim;
import com.greencert.evidence.domain.UploadClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class JpaUploadClaims implements UploadClaims {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<UploadClaim> find(String idempotencyKey) {
        return em.createQuery("select c from UploadClaim c where c.idempotencyKey = :key", UploadClaim.class)
                .setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public void add(UploadClaim claim) {
        try {
            em.persist(claim);
            em.flush(); // the unique (tenant, key) decides here, also between nodes
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "uq_evidence_upload_claim")) {
                throw new IdempotencyKeyTakenException(claim.idempotencyKey());
            }
            throw e;
        }
    }

    @Override
    public boolean takeOver(String idempotencyKey, String holder, String claimedBy, Instant now, Instant idleBefore) {
        return em.createQuery("update UploadClaim c set c.holder = :holder, c.claimedBy = :by, c.touchedAt = :now"
                + " where c.idempotencyKey = :key and c.evidenceId is null and c.touchedAt < :idleBefore")
                .setParameter("holder", holder).setParameter("by", claimedBy).setParameter("now", now)
                .setParameter("key", idempotencyKey).setParameter("idleBefore", idleBefore).executeUpdate() == 1;
    }

    @Override
    public void touch(String idempotencyKey, String holder, Instant now) {
        em.createQuery("update UploadClaim c set c.touchedAt = :now where c.idempotencyKey = :key and c.holder = :holder")
                .setParameter("now", now).setParameter("key", idempotencyKey).setParameter("holder", holder)
                .executeUpdate();
    }

    @Override
    public void complete(String idempotencyKey, String holder, EvidenceId evidence) {
        em.createQuery("update UploadClaim c set c.evidenceId = :evidence where c.idempotencyKey = :key"
                + " and c.holder = :holder")
                .setParameter("evidence", evidence.toString()).setParameter("key", idempotencyKey)
                .setParameter("holder", holder).executeUpdate();
    }

    @Override
    public void release(String idempotencyKey, String holder) {
        em.createQuery("delete from UploadClaim c where c.idempotencyKey = :key and c.holder = :holder"
                + " and c.evidenceId is null")
                .setParameter("key", idempotencyKey).setParameter("holder", holder).executeUpdate();
    }
}
