package com.greencert.registry.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.registry.domain.FeedPosition;
import com.greencert.registry.domain.RegistryChange;
import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pruning the registry's change feed on H2 (V14): old entries go, the newest always stays. */
class RegistryFeedPruneTest {

    private static final String URL = "jdbc:h2:mem:registry-feed-prune;DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "registry-feed-prune-test");
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    private static <T> T inTransaction(Function<JpaRegistryChanges, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            JpaRegistryChanges changes = new JpaRegistryChanges();
            changes.em = em;
            T result = work.apply(changes);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    private static void write(String supplier, Instant at) {
        inTransaction(c -> {
            c.record(new RegistryChange(supplier, "test", at));
            return null;
        });
    }

    @Test
    void entries_older_than_the_retention_are_deleted_but_never_the_newest() {
        write("old-1", NOW.minus(Duration.ofDays(9)));
        write("old-2", NOW.minus(Duration.ofDays(8)));
        write("recent", NOW.minus(Duration.ofDays(2)));
        long latest = inTransaction(JpaRegistryChanges::latest);
        long firstOld = inTransaction(JpaRegistryChanges::oldest);

        int pruned = inTransaction(c -> c.prune(NOW.minus(Duration.ofDays(7))));
        assertThat(pruned).isEqualTo(2);
        assertThat(inTransaction(JpaRegistryChanges::oldest)).isEqualTo(latest);
        assertThat(FeedPosition.missedPruned(firstOld, latest)).as("a node that had read only the first entry").isTrue();
        assertThat(FeedPosition.missedPruned(latest - 1, latest)).isFalse();

        // a quiet week: the newest entry is older than the retention and stays (the feed keeps its highest seq)
        int none = inTransaction(c -> c.prune(NOW.plus(Duration.ofDays(30))));
        assertThat(none).isZero();
        assertThat(inTransaction(JpaRegistryChanges::latest)).isEqualTo(latest);
        List<RegistryChange> left = inTransaction(c -> c.after(0, 10));
        assertThat(left).extracting(RegistryChange::supplier).containsExactly("recent");
    }
}
