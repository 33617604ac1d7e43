package com.greencert.certification.persistence;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaApplications implements Applications {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public void add(CertificationApplication application) {
        em.persist(application);
    }

    @Override
    public Optional<CertificationApplication> find(ApplicationId id, TenantId party) {
        return em.createQuery("select a from CertificationApplication a where a.id = :id"
                + " and (a.supplierTenantId = :party or a.bodyTenantId = :party)", CertificationApplication.class)
                .setParameter("id", id.toString()).setParameter("party", party.value()).getResultStream().findFirst();
    }

    @Override
    public List<CertificationApplication> ofParty(TenantId party) {
        return em.createQuery("select a from CertificationApplication a where a.supplierTenantId = :party"
                + " or a.bodyTenantId = :party order by a.updatedAt desc", CertificationApplication.class)
                .setParameter("party", party.value()).getResultList();
    }

    @Override
    public Optional<CertificationApplication> findCertified(ApplicationId id) {
        return em.createQuery("select a from CertificationApplication a where a.id = :id and a.certificate.issuedOn is not null",
                CertificationApplication.class).setParameter("id", id.toString()).getResultStream().findFirst();
    }
}
