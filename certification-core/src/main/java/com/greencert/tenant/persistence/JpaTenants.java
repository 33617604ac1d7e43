package com.greencert.tenant.persistence;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.Pages;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
        String where = filtered ? " where" + MATCHES : "";
        TypedQuery<Tenant> rows = em.createQuery("select t from Tenant t" + where + " order by t.nameEn, t.id", Tenant.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
        if (filtered) {
            rows.setParameter("text", pattern(text));
            count.setParameter("text", pattern(text));
        }
        return Pages.read(rows, count, page);
    }

    @Override
    public List<Tenant> active(TenantType type, String text, int limit) {
        boolean filtered = text != null && !text.isBlank();
        TypedQuery<Tenant> rows = em.createQuery("select t from Tenant t where t.type = :type and t.suspendedAt is null"
                + (filtered ? " and (" + MATCHES + ")" : "") + " order by t.nameEn, t.id", Tenant.class)
                .setParameter("type", type).setMaxResults(Math.clamp(limit, 1, PageRequest.MAX_LIMIT));
        if (filtered) {
            rows.setParameter("text", pattern(text));
        }
        return rows.getResultList();
    }

    private static final String MATCHES = " lower(t.id) like :text escape '!' or lower(t.nameEn) like :text escape '!'"
            + " or lower(t.nameZh) like :text escape '!'";

    /** A LIKE pattern for text anywhere, its wildcards taken literally. */
    private static String pattern(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
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
