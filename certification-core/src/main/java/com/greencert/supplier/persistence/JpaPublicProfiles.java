package com.greencert.supplier.persistence;

import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.PublicCompanyProfile;
import com.greencert.supplier.domain.PublicProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
class JpaPublicProfiles implements PublicProfiles {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<PublicCompanyProfile> of(TenantId supplier) {
        return em.createQuery("select p from PublicCompanyProfile p where p.tenantId = :t", PublicCompanyProfile.class)
                .setParameter("t", supplier.value()).getResultStream().findFirst();
    }
}
