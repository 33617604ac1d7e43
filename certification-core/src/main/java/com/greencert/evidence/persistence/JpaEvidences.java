package com.greencert.evidence.persistence;

import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.Evidences;
import com.greencert.evidence.domain.IdempotencyKeyTakenException;
import com.greencert.evidence.domain.SharedEvidence;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaEvidences implements Evidences {

    /** The narrow cross-tenant read: a row counts only with an active grant to the asking tenant. */
    private static final String GRANTED = "select e from SharedEvidence e where exists (select g from EvidenceGrant g"
            + " where g.evidenceId = e.id and g.ownerTenantId = e.ownerTenantId and g.granteeTenantId = :grantee"
            + " and g.revokedAt is null)";

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Evidence> find(EvidenceId id) {
        return Optional.ofNullable(em.find(Evidence.class, id.toString()));
    }

    @Override
    public List<Evidence> all() {
        return em.createQuery("select e from Evidence e order by e.uploadedAt desc, e.id", Evidence.class).getResultList();
    }

    @Override
    public List<Evidence> ofType(EvidenceType type) {
        return em.createQuery("select e from Evidence e where e.type = :type", Evidence.class)
                .setParameter("type", type).getResultList();
    }

    @Override
    public Optional<Evidence> byIdempotencyKey(String key) {
        return em.createQuery("select e from Evidence e where e.idempotencyKey = :key", Evidence.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public Optional<Evidence> supersederOf(EvidenceId id) {
        return em.createQuery("select e from Evidence e where e.supersedes = :id", Evidence.class)
                .setParameter("id", id.toString()).getResultStream().findFirst();
    }

    @Override
    public void add(Evidence evidence) {
        try {
            em.persist(evidence);
            em.flush(); // a duplicate idempotency key or a second successor fails here, inside the service call
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "uq_evidence_idempotency")) {
                throw new IdempotencyKeyTakenException(evidence.idempotencyKey().orElse(""));
            }
            if (UniqueConstraints.violated(e, "uq_evidence_supersedes")) {
                throw new RuleViolationException("evidence.version.not.latest", evidence.supersedes().orElseThrow());
            }
            throw e;
        }
    }

    @Override
    public Optional<SharedEvidence> findGranted(EvidenceId id, TenantId grantee) {
        return em.createQuery(GRANTED + " and e.id = :id", SharedEvidence.class)
                .setParameter("grantee", grantee.value()).setParameter("id", id.toString())
                .getResultStream().findFirst();
    }

    @Override
    public List<SharedEvidence> grantedTo(TenantId grantee) {
        return em.createQuery(GRANTED + " order by e.uploadedAt desc, e.id", SharedEvidence.class)
                .setParameter("grantee", grantee.value()).getResultList();
    }
}
