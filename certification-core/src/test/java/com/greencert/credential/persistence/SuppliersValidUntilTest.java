package com.greencert.credential.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The registry's expiry chore asks which suppliers' credentials end in a window: the query runs without a tenant. */
class SuppliersValidUntilTest {

    @Test
    void the_query_runs_across_tenants() {
        EntityManagerFactory emf = H2Database.migratedAndOpen("jdbc:h2:mem:valid-until;DB_CLOSE_DELAY=-1", "valid-until-test");
        EntityManager em = emf.createEntityManager();
        try {
            JpaCredentials credentials = new JpaCredentials();
            credentials.em = em;
            assertThat(credentials.suppliersValidUntil(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"))).isEmpty();
        } finally {
            em.close();
            emf.close();
        }
    }
}
