package com.greencert.certification.persistence;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.PublicCertification;
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
    public Optional<CertificationApplication> find(ApplicationId id) {
        return em.createQuery("select a from CertificationApplication a where a.id = :id", CertificationApplication.class)
                .setParameter("id", id.toString()).getResultStream().findFirst();
    }

    @Override
    public List<CertificationApplication> visible() {
        return em.createQuery("select a from CertificationApplication a order by a.updatedAt desc, a.id",
                CertificationApplication.class).getResultList();
    }

    @Override
    public Optional<PublicCertification> findCertified(ApplicationId id) {
        return em.createQuery("select c from PublicCertification c where c.id = :id and c.issuedOn is not null",
                PublicCertification.class).setParameter("id", id.toString()).getResultStream().findFirst();
    }
}
