package com.greencert.evidence.persistence;

import com.greencert.evidence.domain.EvidenceGrant;
import com.greencert.evidence.domain.EvidenceGrants;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import java.util.List;
import java.util.Optional;

/** Grants; which of them the caller's tenant sees (owner or grantee) is the party criterion of eclipselink-orm.xml. */
@ApplicationScoped
class JpaEvidenceGrants implements EvidenceGrants {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<EvidenceGrant> activeDirect(EvidenceId evidence, TenantId grantee) {
        return em.createQuery("select g from EvidenceGrant g where g.evidenceId = :evidence and g.granteeTenantId = :grantee"
                + " and g.application is null and g.revokedAt is null", EvidenceGrant.class)
                .setParameter("evidence", evidence.toString()).setParameter("grantee", grantee.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<EvidenceGrant> anyActive(EvidenceId evidence, TenantId grantee) {
        return em.createQuery("select g from EvidenceGrant g where g.evidenceId = :evidence and g.granteeTenantId = :grantee"
                + " and g.revokedAt is null order by g.grantedAt, g.id", EvidenceGrant.class)
                .setParameter("evidence", evidence.toString()).setParameter("grantee", grantee.value())
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<EvidenceGrant> activeFor(String application, EvidenceId evidence) {
        return em.createQuery("select g from EvidenceGrant g where g.application = :app and g.evidenceId = :evidence"
                + " and g.revokedAt is null", EvidenceGrant.class)
                .setParameter("app", application).setParameter("evidence", evidence.toString())
                .getResultStream().findFirst();
    }

    @Override
    public List<EvidenceGrant> activeFor(String application) {
        return em.createQuery("select g from EvidenceGrant g where g.application = :app and g.revokedAt is null"
                + " order by g.grantedAt, g.id", EvidenceGrant.class).setParameter("app", application).getResultList();
    }

    @Override
    public Page<EvidenceGrant> of(EvidenceId evidence, PageRequest page) {
        String where = " where g.evidenceId = :evidence";
        return Pages.read(em.createQuery("select g from EvidenceGrant g" + where + " order by g.grantedAt, g.id",
                        EvidenceGrant.class).setParameter("evidence", evidence.toString()),
                em.createQuery("select count(g) from EvidenceGrant g" + where, Long.class)
                        .setParameter("evidence", evidence.toString()), page);
    }

    @Override
    public void add(EvidenceGrant grant) {
        em.persist(grant);
    }
}
