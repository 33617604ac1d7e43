package com.greencert.tenant.persistence;

import java.util.Locale;
import jakarta.persistence.TypedQuery;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class JpaTenants implements Tenants {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    @Override
    public Page<Tenant> page(PageRequest page, String text) {
        boolean filtered = text != null && !text.isBlank();
        String where = filtered ? " where lower(t.id) like :text escape '!' or lower(t.nameEn) like :text escape '!'"
                + " or lower(t.nameZh) like :text escape '!'" : "";
        TypedQuery<Tenant> rows = em.createQuery("select t from Tenant t" + where + " order by t.nameEn, t.id", Tenant.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
        if (filtered) {
            String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            rows.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        return Pages.read(rows, count, page);
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
    }

    @Override
    public Set<String> suspendedAmong(Collection<String> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                "select t.id from Tenant t where t.id in :ids and t.suspendedAt is not null", String.class)
                .setParameter("ids", ids).getResultList());
    }
}
