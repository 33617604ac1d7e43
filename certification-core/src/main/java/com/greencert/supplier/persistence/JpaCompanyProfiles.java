package com.greencert.supplier.persistence;

import com.greencert.supplier.domain.CompanyProfile;
import com.greencert.supplier.domain.CompanyProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
class JpaCompanyProfiles implements CompanyProfiles {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<CompanyProfile> current() {
        return em.createQuery("select p from CompanyProfile p", CompanyProfile.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void add(CompanyProfile profile) {
        em.persist(profile);
    }
}
