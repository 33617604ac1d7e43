package com.greencert.registry.persistence;

import com.greencert.registry.domain.RegistryJob;
import com.greencert.registry.domain.RegistryJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class JpaRegistryJobs implements RegistryJobs {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<RegistryJob> find(String name) {
        return em.createQuery("select j from RegistryJob j where j.name = :n", RegistryJob.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public boolean claim(String name, long runsRead, Instant now, String node) {
        return em.createQuery("update RegistryJob j set j.runs = j.runs + 1, j.lastRunAt = :now, j.claimedBy = :node"
                + " where j.name = :n and j.runs = :runs")
                .setParameter("now", now).setParameter("node", node).setParameter("n", name)
                .setParameter("runs", runsRead).executeUpdate() == 1;
    }
}
