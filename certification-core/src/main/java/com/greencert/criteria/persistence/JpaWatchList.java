package com.greencert.criteria.persistence;

import com.greencert.criteria.domain.WatchList;
import com.greencert.criteria.domain.WatchedSupplier;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** The watch list; tenant-owned (the buyer's), except {@link #buyersWatching}, plain SQL for the notifier. */
@ApplicationScoped
class JpaWatchList implements WatchList {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public List<WatchedSupplier> all(int max) {
        return em.createQuery("select w from WatchedSupplier w order by w.watchedAt, w.id", WatchedSupplier.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public Optional<WatchedSupplier> find(TenantId supplier) {
        return em.createQuery("select w from WatchedSupplier w where w.supplierTenantId = :s", WatchedSupplier.class)
                .setParameter("s", supplier.value()).getResultStream().findFirst();
    }

    @Override
    public boolean add(WatchedSupplier watched) {
        if (find(watched.supplier()).isPresent()) {
            return false;
        }
        em.persist(watched);
        try {
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "uq_watched_supplier")) {
                // watched by a request a moment ago; this transaction cannot go on after the failed insert
                throw new RuleViolationException("watch.concurrent");
            }
            throw e;
        }
    }

    @Override
    public void remove(WatchedSupplier watched) {
        em.remove(watched);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TenantId> buyersWatching(TenantId supplier) {
        List<Object> rows = em.createNativeQuery("select tenant_id from watched_supplier where supplier_tenant_id = ?")
                .setHint(SqlSupplierFacts.NATIVE, true).setParameter(1, supplier.value()).getResultList();
        return rows.stream().map(r -> TenantId.of(r.toString().strip())).toList();
    }
}
