package com.greencert.shared.cluster.persistence;

import com.greencert.shared.cluster.domain.ClusterJob;
import com.greencert.shared.cluster.domain.ClusterJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class JpaClusterJobs implements ClusterJobs {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<ClusterJob> find(String name) {
        return em.createQuery("select j from ClusterJob j where j.name = :n", ClusterJob.class)
                .setParameter("n", name).getResultList().stream().findFirst();
    }

    @Override
    public boolean claim(String name, long runsRead, Instant now, String node) {
        return em.createQuery("update ClusterJob j set j.runs = j.runs + 1, j.lastRunAt = :now, j.claimedBy = :node"
                + " where j.name = :n and j.runs = :runs")
                .setParameter("now", now).setParameter("node", node).setParameter("n", name)
                .setParameter("runs", runsRead).executeUpdate() == 1;
    }
}
