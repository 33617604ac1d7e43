package com.greencert.tenant.persistence;

import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaTenants implements Tenants {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    @Override
    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.nameEn", Tenant.class).getResultList();
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
    }
}
