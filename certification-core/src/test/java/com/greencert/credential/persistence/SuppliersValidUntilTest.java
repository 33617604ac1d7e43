package com.greencert.credential.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.CredentialStanding;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public registry's reads of issued credentials on H2, across tenants: where the credentials of a batch of
 * applications stand (without the signed documents), and whose validity ends in a window (the expiry chore).
 */
class SuppliersValidUntilTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    private static EntityManagerFactory emf;
    private static final ApplicationId APPLICATION = ApplicationId.newId();

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen("jdbc:h2:mem:valid-until;DB_CLOSE_DELAY=-1", "valid-until-test");
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            IssuedCredential.Facts facts = new IssuedCredential.Facts(APPLICATION, TenantId.of("zhejiang-greenpower"),
                    TenantId.of("sinoeco-cert"), "SINOECOCERT-GCEGOLD-2026-000007", "GCE-GOLD", "1.0", "Green Chemistry Export",
                    null, "Zhejiang GreenPower", null, null, "CN", "SinoEco", null, "did:web:example", LocalDate.parse("2025-12-03"),
                    LocalDate.parse("2026-12-02"), "0".repeat(64));
            IssuedCredential c = new IssuedCredential(CredentialId.newId(), facts, "did:web:example#key-1", 7, AT, "a.b.c");
            c.suspend(AT);
            em.persist(c);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    private static JpaCredentials credentials(EntityManager em) {
        JpaCredentials credentials = new JpaCredentials();
        credentials.em = em;
        return credentials;
    }

    @Test
    void the_suppliers_whose_credentials_end_in_the_window() {
        EntityManager em = emf.createEntityManager();
        try {
            assertThat(credentials(em).suppliersValidUntil(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02")))
                    .containsExactly(TenantId.of("zhejiang-greenpower"));
            assertThat(credentials(em).suppliersValidUntil(LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-04"))).isEmpty();
        } finally {
            em.close();
        }
    }

    @Test
    void where_a_batch_of_applications_credentials_stand() {
        EntityManager em = emf.createEntityManager();
        try {
            List<CredentialStanding> standing = credentials(em).standingOf(List.of(APPLICATION, ApplicationId.newId()));
            assertThat(standing).singleElement().satisfies(s -> {
                assertThat(s.application()).isEqualTo(APPLICATION);
                assertThat(s.certificateNumber()).isEqualTo("SINOECOCERT-GCEGOLD-2026-000007");
                assertThat(s.stateOn(LocalDate.parse("2026-12-02")).life()).isEqualTo(IssuedCredential.Life.SUSPENDED);
            });
            assertThat(credentials(em).standingOf(List.of())).isEmpty();
        } finally {
            em.close();
        }
    }
}
