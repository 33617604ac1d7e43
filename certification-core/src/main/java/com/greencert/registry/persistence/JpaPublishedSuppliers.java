package com.greencert.registry.persistence;

import com.greencert.registry.domain.PublishedFacility;
import com.greencert.registry.domain.PublishedProduct;
import com.greencert.registry.domain.PublishedProfile;
import com.greencert.registry.domain.PublishedSuppliers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** The registry's one cross-tenant read of company profiles, products and facilities (read-only entities). */
@ApplicationScoped
class JpaPublishedSuppliers implements PublishedSuppliers {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public List<String> idsAfter(String afterId, int max) {
        return em.createQuery("select p.tenantId from PublishedProfile p where p.tenantId > :after order by p.tenantId",
                String.class).setParameter("after", afterId == null ? "" : afterId).setMaxResults(max).getResultList();
    }

    @Override
    public List<PublishedProfile> profiles(Collection<String> tenantIds) {
        return tenantIds.isEmpty() ? List.of() : em.createQuery(
                "select p from PublishedProfile p where p.tenantId in :t", PublishedProfile.class)
                .setParameter("t", tenantIds).getResultList();
    }

    @Override
    public List<PublishedProduct> products(Collection<String> tenantIds) {
        return tenantIds.isEmpty() ? List.of() : em.createQuery(
                "select p from PublishedProduct p where p.tenantId in :t", PublishedProduct.class)
                .setParameter("t", tenantIds).getResultList();
    }

    @Override
    public List<PublishedFacility> facilities(Collection<String> tenantIds) {
        return tenantIds.isEmpty() ? List.of() : em.createQuery(
                "select f from PublishedFacility f where f.tenantId in :t", PublishedFacility.class)
                .setParameter("t", tenantIds).getResultList();
    }
}
