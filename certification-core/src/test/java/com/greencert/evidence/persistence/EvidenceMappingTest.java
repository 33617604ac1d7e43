package com.greencert.evidence.persistence;

import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.domain.EvidenceFilter;
import com.greencert.shared.domain.PageRequest;
import java.time.LocalDate;
import com.greencert.shared.persistence.H2Database;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.domain.EvidenceContent;
import com.greencert.evidence.domain.EvidenceDetails;
import com.greencert.evidence.domain.EvidenceGrant;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.SharedEvidence;
import com.greencert.shared.domain.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence and grants fit the V3 migration on H2, evidence is tenant-filtered, and the shared read path
 * sees a foreign tenant's evidence only while a grant is active.
 */
class EvidenceMappingTest {

    private static final String URL = "jdbc:h2:mem:evidence-mapping;DB_CLOSE_DELAY=-1";
    private static final TenantId LI = TenantId.of("zhejiang-greenpower");
    private static final TenantId WANG = TenantId.of("jiangsu-qingyuan");
    private static final TenantId ANNA = TenantId.of("eurochem-buyer");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "evidence-mapping-test");
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    private static void inTenant(TenantId tenant, Consumer<JpaEvidences> work) {
        EntityManager em = emf.createEntityManager(H2Database.asTenant(tenant.value()));
        try {
            em.getTransaction().begin();
            JpaEvidences evidences = new JpaEvidences();
            evidences.em = em;
            work.accept(evidences);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static void grants(TenantId tenant, Consumer<JpaEvidenceGrants> work) {
        EntityManager em = emf.createEntityManager(H2Database.asTenant(tenant.value()));
        try {
            em.getTransaction().begin();
            JpaEvidenceGrants grants = new JpaEvidenceGrants();
            grants.em = em;
            work.accept(grants);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static Evidence evidence(String key) {
        var details = new EvidenceDetails(EvidenceType.TEST_REPORT, "UN 38.3", "SGS", LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 1, 5), "en", List.of("6f1c1f2e-3b8a-4a59-9a55-0c6f7b1b0a11"), List.of());
        var content = new EvidenceContent("report.pdf", "application/pdf", 1234, "b".repeat(64), "b".repeat(64));
        return Evidence.first(EvidenceId.newId(), details, content, key, "li.supplier", Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void evidence_is_tenant_owned_and_shared_only_while_granted() {
        Evidence e = evidence("key-" + System.nanoTime());
        EvidenceId id = e.id();
        inTenant(LI, ev -> ev.add(e));

        inTenant(LI, ev -> {
            Evidence found = ev.find(id).orElseThrow();
            assertThat(found.details()).isEqualTo(e.details());
            assertThat(found.content()).isEqualTo(e.content());
            assertThat(ev.byIdempotencyKey(e.idempotencyKey().orElseThrow())).isPresent();
            assertThat(ev.own(EvidenceFilter.of(null, null, LocalDate.now()), PageRequest.first()).items())
                    .extracting(Evidence::id).contains(id);
        });
        inTenant(WANG, ev -> {
            assertThat(ev.find(id)).isEmpty();
            assertThat(ev.own(EvidenceFilter.of(null, null, LocalDate.now()), PageRequest.first()).items())
                    .extracting(Evidence::id).doesNotContain(id);
            assertThat(ev.byIdempotencyKey(e.idempotencyKey().orElseThrow())).isEmpty();
        });
        inTenant(ANNA, ev -> assertThat(ev.findGranted(id, ANNA)).isEmpty());

        grants(LI, g -> g.add(new EvidenceGrant(id, LI, ANNA, "li.supplier", Instant.now())));
        inTenant(ANNA, ev -> {
            SharedEvidence shared = ev.findGranted(id, ANNA).orElseThrow();
            assertThat(shared.owner()).isEqualTo(LI);
            assertThat(shared.title()).isEqualTo("UN 38.3");
            assertThat(ev.grantedTo(ANNA, EvidenceFilter.of(null, null, LocalDate.now()), PageRequest.first()).items())
                    .extracting(SharedEvidence::id).containsExactly(id);
            assertThat(ev.findGranted(id, WANG)).isEmpty();
        });

        grants(LI, g -> g.activeDirect(id, ANNA).orElseThrow().revoke("li.supplier", Instant.now()));
        inTenant(ANNA, ev -> assertThat(ev.findGranted(id, ANNA)).isEmpty());
        grants(LI, g -> {
            assertThat(g.of(id, PageRequest.first()).items()).hasSize(1);
            assertThat(g.of(id, PageRequest.first()).items().get(0).revokedBy()).contains("li.supplier");
        });
        grants(ANNA, g -> assertThat(g.of(id, PageRequest.first()).items()).hasSize(1)); // the grantee sees its own grant
        grants(WANG, g -> assertThat(g.of(id, PageRequest.first()).total()).isZero()); // a third tenant sees none
    }

    @Test
    void versions_form_a_line() {
        Evidence v1 = evidence(null);
        inTenant(LI, ev -> ev.add(v1));
        Evidence v2 = v1.supersededBy(EvidenceId.newId(), v1.details(), v1.content(), null, "li.supplier", Instant.now());
        inTenant(LI, ev -> ev.add(v2));
        inTenant(LI, ev -> assertThat(ev.supersederOf(v1.id()).map(Evidence::id)).contains(v2.id()));
        Evidence branch = v1.supersededBy(EvidenceId.newId(), v1.details(), v1.content(), null, "li.supplier", Instant.now());
        assertThatThrownBy(() -> inTenant(LI, ev -> ev.add(branch))).isNotNull();
    }

    @Test
    void lists_filter_by_expiry_status_and_page_the_latest_versions_in_the_database() {
        TenantId tenant = TenantId.of("expiry-paging");
        LocalDate today = LocalDate.of(2026, 12, 1);
        Evidence expired = dated(today.minusDays(1));
        Evidence soon = dated(today.plusDays(90));
        Evidence later = dated(today.plusDays(91));
        Evidence none = dated(null);
        Evidence replaced = dated(today.minusDays(5));
        inTenant(tenant, ev -> List.of(expired, soon, later, none, replaced).forEach(ev::add));
        Evidence successor = replaced.supersededBy(EvidenceId.newId(), dated(null).details(), replaced.content(), null,
                "li.supplier", Instant.parse("2026-11-29T10:00:00Z"));
        inTenant(tenant, ev -> ev.add(successor));
        inTenant(tenant, ev -> {
            assertThat(ids(ev, ExpiryStatus.EXPIRED, today)).containsExactlyInAnyOrder(expired.id(), replaced.id());
            assertThat(ids(ev, ExpiryStatus.EXPIRING, today)).containsExactly(soon.id());
            assertThat(ids(ev, ExpiryStatus.VALID, today)).containsExactly(later.id());
            assertThat(ids(ev, ExpiryStatus.NO_EXPIRY, today)).containsExactlyInAnyOrder(none.id(), successor.id());
            assertThat(ev.count()).isEqualTo(6);
            // the superseded version is not "latest": soonest first, only the expired and the expiring one
            assertThat(ev.latestExpiring(today.plusDays(90), PageRequest.first()).items()).extracting(Evidence::id)
                    .containsExactly(expired.id(), soon.id());
            assertThat(ev.latestExpiring(today.plusDays(90), PageRequest.of(1, 1)).items()).extracting(Evidence::id)
                    .containsExactly(soon.id());
            assertThat(ev.countLatestExpiringBefore(today)).isEqualTo(1);
            assertThat(ev.successorsOf(List.of(replaced.id(), soon.id()))).containsOnlyKeys(replaced.id().toString())
                    .containsValue(successor.id());
        });
    }

    @Test
    void a_retired_piece_is_stored_listed_only_on_request_and_no_longer_counts() {
        TenantId tenant = TenantId.of("retire-mapping");
        LocalDate today = LocalDate.of(2026, 12, 1);
        Evidence kept = dated(today.plusDays(30));
        Evidence retired = dated(today.plusDays(10));
        inTenant(tenant, ev -> List.of(kept, retired).forEach(ev::add));
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        inTenant(tenant, ev -> ev.find(retired.id()).orElseThrow().retire("li.supplier", at, "Replaced by the new lab"));
        grants(tenant, g -> g.add(new EvidenceGrant(retired.id(), tenant, ANNA, "li.supplier", Instant.now())));

        inTenant(tenant, ev -> {
            Evidence found = ev.find(retired.id()).orElseThrow();
            assertThat(found.retirement()).hasValueSatisfying(r -> {
                assertThat(r.at()).isEqualTo(at);
                assertThat(r.by()).isEqualTo("li.supplier");
                assertThat(r.reason()).isEqualTo("Replaced by the new lab");
            });
            assertThat(ev.own(EvidenceFilter.of(null, null, today), PageRequest.first()).items()).extracting(Evidence::id)
                    .containsExactly(kept.id());
            assertThat(ev.own(EvidenceFilter.of(null, ExpiryStatus.EXPIRING, today, true), PageRequest.first()).items())
                    .extracting(Evidence::id).containsExactlyInAnyOrder(kept.id(), retired.id());
            assertThat(ev.ofType(EvidenceType.TEST_REPORT)).extracting(Evidence::id).containsExactly(kept.id());
            assertThat(ev.latestExpiring(today.plusDays(90), PageRequest.first()).items()).extracting(Evidence::id)
                    .containsExactly(kept.id());
            assertThat(ev.latestExpiringBetween(today, today.plusDays(90), 10)).extracting(Evidence::id)
                    .containsExactly(kept.id());
            assertThat(ev.countLatestExpiringBefore(today.plusDays(20))).isZero();
        });
        // the grantee keeps reading it, marked retired; its list shows it only on request
        inTenant(ANNA, ev -> {
            assertThat(ev.findGranted(retired.id(), ANNA).orElseThrow().retired()).isTrue();
            assertThat(ev.grantedTo(ANNA, EvidenceFilter.of(null, null, today), PageRequest.first()).items())
                    .extracting(SharedEvidence::id).doesNotContain(retired.id());
            assertThat(ev.grantedTo(ANNA, EvidenceFilter.of(null, null, today, true), PageRequest.first()).items())
                    .extracting(SharedEvidence::id).contains(retired.id());
        });
    }

    @Test
    void two_retirements_of_the_same_piece_at_once_do_not_both_pass() {
        TenantId tenant = TenantId.of("retire-race");
        Evidence piece = dated(LocalDate.of(2027, 1, 5));
        inTenant(tenant, ev -> ev.add(piece));
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        EntityManager first = emf.createEntityManager(H2Database.asTenant(tenant.value()));
        EntityManager second = emf.createEntityManager(H2Database.asTenant(tenant.value()));
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            // both read the piece while it is current, so the rule (retired once) passes in both
            retire(first, piece.id(), at, "First");
            retire(second, piece.id(), at, "Second");
            first.getTransaction().commit();
            // the version column makes the second one lose: a 409 concurrent.change, never a second retirement
            assertThatThrownBy(() -> second.getTransaction().commit())
                    .satisfies(e -> assertThat(causes(e)).contains("OptimisticLockException"));
        } finally {
            first.close();
            second.close();
        }
        inTenant(tenant, ev -> assertThat(ev.find(piece.id()).orElseThrow().retirement().orElseThrow().reason())
                .isEqualTo("First"));
    }

    private static void retire(EntityManager em, EvidenceId id, Instant at, String reason) {
        JpaEvidences evidences = new JpaEvidences();
        evidences.em = em;
        evidences.find(id).orElseThrow().retire("li.supplier", at, reason);
    }

    /** The simple class names of a throwable and its causes (EclipseLink's lock exception is not Jakarta's). */
    private static List<String> causes(Throwable e) {
        List<String> names = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && names.size() < 20; t = t.getCause()) {
            names.add(t.getClass().getSimpleName());
        }
        return names;
    }

    private static List<EvidenceId> ids(JpaEvidences ev, ExpiryStatus status, LocalDate today) {
        return ev.own(EvidenceFilter.of(null, status, today), PageRequest.first()).items().stream().map(Evidence::id).toList();
    }

    private static Evidence dated(LocalDate expiresOn) {
        var details = new EvidenceDetails(EvidenceType.TEST_REPORT, "Report", "SGS", LocalDate.of(2026, 1, 5), expiresOn,
                "en", List.of(), List.of());
        var content = new EvidenceContent("report.pdf", "application/pdf", 1234, "c".repeat(64), "c".repeat(64));
        return Evidence.first(EvidenceId.newId(), details, content, null, "li.supplier", Instant.parse("2026-11-28T10:00:00Z"));
    }
}
