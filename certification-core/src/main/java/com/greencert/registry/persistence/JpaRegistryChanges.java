package com.greencert.registry.persistence;

import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistryChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class JpaRegistryChanges implements RegistryChanges {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public void record(RegistryChange change) {
        em.persist(change);
    }

    @Override
    public List<RegistryChange> after(long after, int max) {
        return em.createQuery("select c from RegistryChange c where c.seq > :after order by c.seq", RegistryChange.class)
                .setParameter("after", after).setMaxResults(max).getResultList();
    }

    @Override
    public List<RegistryChange> among(java.util.Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from RegistryChange c where c.seq in :seqs order by c.seq", RegistryChange.class)
                .setParameter("seqs", List.copyOf(sequences)).getResultList();
    }

    @Override
    public long latest() {
        Long max = em.createQuery("select max(c.seq) from RegistryChange c", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public long oldest() {
        Long min = em.createQuery("select min(c.seq) from RegistryChange c", Long.class).getSingleResult();
        return min == null ? 0 : min;
    }

    @Override
    public int prune(Instant before) {
        long latest = latest();
        return em.createQuery("delete from RegistryChange c where c.changedAt < :before and c.seq < :latest")
                .setParameter("before", before).setParameter("latest", latest).executeUpdate();
    }
}
