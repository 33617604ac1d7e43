package com.greencert.certification.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.certification.domain.Criterion;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.SchemeState;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V23 and the scheme's state on H2: a version stored before it counts as published (it may be in use);
 * a new one is stored as a draft, and {@link JpaSchemes} offers only published versions.
 */
class SchemeStateMappingTest {

    private static final String URL = "jdbc:h2:mem:scheme-state-test;DB_CLOSE_DELAY=-1";
    private static final TenantId BODY = TenantId.of("sinoeco-cert");

    @Test
    void existing_versions_become_published_and_new_ones_start_as_drafts() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("20").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            c.createStatement().executeUpdate("INSERT INTO scheme (id, body_tenant_id, code, version_no, name_en,"
                    + " validity_months, surveillance_months, frozen, created_at, version) VALUES"
                    + " ('00000000-0000-4000-8000-000000000001', 'sinoeco-cert', 'OLD', 1, 'Old scheme', 36, 12, TRUE,"
                    + " TIMESTAMP '2026-01-05 08:00:00', 0)");
        }
        H2Database.migrate(URL);
        EntityManagerFactory emf = H2Database.open(URL, Map.of("eclipselink.session-name", "scheme-state-test"));
        try {
            Scheme draft = new Scheme(SchemeId.newId(), BODY, "NEW", "New scheme", null, 24, 12, List.of(new Criterion(
                    "SDS", "Safety data sheet", null, Set.of(EvidenceType.SAFETY_DATA_SHEET), 36, null, null)),
                    Instant.parse("2026-12-01T08:00:00Z"));
            inTransaction(emf, em -> em.persist(draft));
            inTransaction(emf, em -> {
                JpaSchemes schemes = new JpaSchemes();
                schemes.em = em;
                Scheme old = schemes.find(SchemeId.parse("00000000-0000-4000-8000-000000000001")).orElseThrow();
                assertThat(old.state()).isEqualTo(SchemeState.PUBLISHED);
                assertThat(old.publishedAt()).isPresent();
                assertThat(schemes.find(draft.id()).orElseThrow().state()).isEqualTo(SchemeState.DRAFT);
                assertThat(schemes.published(PageRequest.of(0, 10)).items()).extracting(Scheme::code).containsExactly("OLD");
                assertThat(schemes.latestPublished(BODY, "NEW")).isEmpty();
                assertThat(schemes.latest(BODY, "NEW")).isPresent();
                schemes.find(draft.id()).orElseThrow().publish("sun.decider", Instant.parse("2026-12-02T08:00:00Z"));
            });
            inTransaction(emf, em -> {
                JpaSchemes schemes = new JpaSchemes();
                schemes.em = em;
                Scheme published = schemes.latestPublished(BODY, "NEW").orElseThrow();
                assertThat(published.publishedBy()).contains("sun.decider");
                assertThat(schemes.published(PageRequest.of(0, 10)).total()).isEqualTo(2);
            });
        } finally {
            emf.close();
        }
    }

    @Test
    void two_publications_of_the_same_draft_at_once_do_not_both_pass() {
        String url = "jdbc:h2:mem:scheme-publish-race;DB_CLOSE_DELAY=-1";
        EntityManagerFactory emf = H2Database.migratedAndOpen(url, "scheme-publish-race-test");
        try {
            Scheme draft = new Scheme(SchemeId.newId(), BODY, "RACE", "Raced scheme", null, 24, 12, List.of(new Criterion(
                    "SDS", "Safety data sheet", null, Set.of(EvidenceType.SAFETY_DATA_SHEET), 36, null, null)),
                    Instant.parse("2026-12-01T08:00:00Z"));
            inTransaction(emf, em -> em.persist(draft));
            EntityManager first = emf.createEntityManager();
            EntityManager second = emf.createEntityManager();
            try {
                first.getTransaction().begin();
                second.getTransaction().begin();
                // both read the version while it is a draft, so the rule (published once) passes in both
                publish(first, draft.id(), "sun.decider");
                publish(second, draft.id(), "he.decider");
                first.getTransaction().commit();
                // the version column makes the second one lose: a 409 concurrent.change, never a second publication
                assertThatThrownBy(() -> second.getTransaction().commit()).satisfies(e -> {
                    List<String> causes = new java.util.ArrayList<>();
                    for (Throwable t = e; t != null && causes.size() < 20; t = t.getCause()) {
                        causes.add(t.getClass().getSimpleName());
                    }
                    assertThat(causes).contains("OptimisticLockException");
                });
            } finally {
                first.close();
                second.close();
            }
            inTransaction(emf, em -> assertThat(em.find(Scheme.class, draft.id().toString()).publishedBy())
                    .contains("sun.decider"));
        } finally {
            emf.close();
        }
    }

    @Test
    void a_second_version_of_the_same_number_is_a_409_not_a_database_failure() {
        String url = "jdbc:h2:mem:scheme-version-race;DB_CLOSE_DELAY=-1";
        EntityManagerFactory emf = H2Database.migratedAndOpen(url, "scheme-version-race-test");
        try {
            inTransaction(emf, em -> adding(em).add(scheme("TWICE")));
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                // what a second, identical request finds when the first one has just stored version 1
                assertThatThrownBy(() -> adding(em).add(scheme("TWICE")))
                        .isInstanceOfSatisfying(RuleViolationException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("scheme.version.taken"));
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }
    }

    private static Scheme scheme(String code) {
        return new Scheme(SchemeId.newId(), BODY, code, "Scheme " + code, null, 24, 12, List.of(new Criterion(
                "SDS", "Safety data sheet", null, Set.of(EvidenceType.SAFETY_DATA_SHEET), 36, null, null)),
                Instant.parse("2026-12-01T08:00:00Z"));
    }

    private static JpaSchemes adding(EntityManager em) {
        JpaSchemes schemes = new JpaSchemes();
        schemes.em = em;
        return schemes;
    }

    private static void publish(EntityManager em, SchemeId id, String by) {
        JpaSchemes schemes = new JpaSchemes();
        schemes.em = em;
        schemes.find(id).orElseThrow().publish(by, Instant.parse("2026-12-02T08:00:00Z"));
    }

    private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
