package com.greencert.shared.cluster.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.shared.cluster.domain.ClusterJob;
import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim of a cluster job (V15, V18) on H2, as several nodes sharing one database make it: of two claimers
 * that read the same run count, exactly one gets the run, also when they race on two threads.
 */
class ClusterJobClaimTest {

    private static final String URL = "jdbc:h2:mem:registry-job-claim;DB_CLOSE_DELAY=-1";
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "registry-job-claim-test");
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    private static JpaClusterJobs jobs(EntityManager em) {
        JpaClusterJobs jobs = new JpaClusterJobs();
        jobs.em = em;
        return jobs;
    }

    private static ClusterJob read(String name) {
        EntityManager em = emf.createEntityManager();
        try {
            return jobs(em).find(name).orElseThrow();
        } finally {
            em.close();
        }
    }

    @Test
    void the_migrations_make_every_job_never_run_and_due() {
        EntityManagerFactory fresh = H2Database.migratedAndOpen("jdbc:h2:mem:registry-job-fresh;DB_CLOSE_DELAY=-1",
                "registry-job-fresh-test");
        EntityManager em = fresh.createEntityManager();
        try {
            for (String name : List.of("expiry", "prune", "reminders", "fact-sheets")) {
                ClusterJob job = jobs(em).find(name).orElseThrow();
                assertThat(job.runs()).isZero();
                assertThat(job.lastRunAt()).isEmpty();
                assertThat(job.dueAt(T0, Duration.ofDays(1))).isTrue();
            }
        } finally {
            em.close();
            fresh.close();
        }
    }

    @Test
    void of_two_claimers_that_read_the_same_count_one_gets_the_run() {
        EntityManager a = emf.createEntityManager();
        EntityManager b = emf.createEntityManager();
        try {
            a.getTransaction().begin();
            b.getTransaction().begin();
            long readByA = jobs(a).find("expiry").orElseThrow().runs();
            long readByB = jobs(b).find("expiry").orElseThrow().runs();
            assertThat(readByA).isEqualTo(readByB);
            assertThat(jobs(a).claim("expiry", readByA, T0, "node-a")).isTrue();
            a.getTransaction().commit();
            assertThat(jobs(b).claim("expiry", readByB, T0, "node-b")).isFalse();
            b.getTransaction().commit();
        } finally {
            a.close();
            b.close();
        }
        ClusterJob after = read("expiry");
        assertThat(after.claimedBy()).contains("node-a");
        assertThat(after.lastRunAt()).contains(T0);
        assertThat(after.dueAt(T0.plus(Duration.ofMinutes(29)), Duration.ofMinutes(30))).isFalse();
        assertThat(after.dueAt(T0.plus(Duration.ofMinutes(30)), Duration.ofMinutes(30))).isTrue();
        assertThat(after.dueAt(T0.minus(Duration.ofMinutes(29)), Duration.ofMinutes(30))).as("clock a little behind").isFalse();
        assertThat(after.dueAt(T0.minus(Duration.ofDays(400)), Duration.ofMinutes(30))).as("clock set back").isTrue();
    }

    @Test
    void two_nodes_racing_on_two_threads_run_a_due_chore_once() throws Exception {
        String job = "prune";
        long before = read(job).runs();
        CyclicBarrier bothRead = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (String node : List.of("node-1", "node-2")) {
                claims.add(threads.submit(() -> {
                    EntityManager em = emf.createEntityManager();
                    try {
                        em.getTransaction().begin();
                        long runs = jobs(em).find(job).orElseThrow().runs();
                        bothRead.await(10, TimeUnit.SECONDS);
                        boolean claimed = jobs(em).claim(job, runs, T0, node);
                        em.getTransaction().commit();
                        return claimed;
                    } catch (RuntimeException lockedOut) {
                        return false; // the loser may also meet the winner's row lock: no run either way
                    } finally {
                        if (em.getTransaction().isActive()) {
                            em.getTransaction().rollback();
                        }
                        em.close();
                    }
                }));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(read(job).runs()).isEqualTo(before + 1);
    }
}
