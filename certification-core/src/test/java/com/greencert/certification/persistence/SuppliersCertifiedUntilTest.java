package com.greencert.certification.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The registry's expiry chore asks which suppliers' certificates end in a window: the query runs without a tenant. */
class SuppliersCertifiedUntilTest {

    @Test
    void the_query_runs_across_tenants() {
        EntityManagerFactory emf = H2Database.migratedAndOpen("jdbc:h2:mem:certified-until;DB_CLOSE_DELAY=-1",
                "certified-until-test");
        EntityManager em = emf.createEntityManager();
        try {
            JpaApplications applications = new JpaApplications();
            applications.em = em;
            assertThat(applications.suppliersCertifiedUntil(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02")))
                    .isEmpty();
        } finally {
            em.close();
            emf.close();
        }
    }
}
