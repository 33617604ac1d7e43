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
import java.util.Optional;

@ApplicationScoped
class JpaEvidenceGrants implements EvidenceGrants {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<EvidenceGrant> active(TenantId owner, EvidenceId evidence, TenantId grantee) {
        return em.createQuery("select g from EvidenceGrant g where g.ownerTenantId = :owner and g.evidenceId = :evidence"
                + " and g.granteeTenantId = :grantee and g.revokedAt is null", EvidenceGrant.class)
                .setParameter("owner", owner.value()).setParameter("evidence", evidence.toString())
                .setParameter("grantee", grantee.value()).getResultStream().findFirst();
    }

    @Override
    public Page<EvidenceGrant> of(TenantId owner, EvidenceId evidence, PageRequest page) {
        String where = " where g.ownerTenantId = :owner and g.evidenceId = :evidence";
        return Pages.read(em.createQuery("select g from EvidenceGrant g" + where + " order by g.grantedAt, g.id", EvidenceGrant.class)
                        .setParameter("owner", owner.value()).setParameter("evidence", evidence.toString()),
                em.createQuery("select count(g) from EvidenceGrant g" + where, Long.class)
                        .setParameter("owner", owner.value()).setParameter("evidence", evidence.toString()), page);
    }

    @Override
    public void add(EvidenceGrant grant) {
        em.persist(grant);
    }
}
