package com.greencert.criteria.persistence;

import com.greencert.supplier.domain.Unit;
import com.greencert.supplier.domain.Quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.DeclaredValueLimit;
import com.greencert.criteria.domain.Importance;
import com.greencert.criteria.domain.ManagementSystem;
import com.greencert.criteria.domain.Un383TestSummary;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Criteria sets fit the V20 migration on H2: tenant-owned, every version kept as a row with its criteria as one
 * JSON document, an unused draft replaced in place, a used version kept when the next is added, an optimistic lock.
 */
class CriteriaSetMappingTest {

    private static final String URL = "jdbc:h2:mem:criteria-mapping;DB_CLOSE_DELAY=-1";
    private static final TenantId ANNA = TenantId.of("eurochem-buyer");
    private static final TenantId BEN = TenantId.of("pacific-retail");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final List<Criterion> FIRST = List.of(new ManagementSystem(ManagementSystem.Standard.ISO_14001,
            Importance.MANDATORY));
    private static final List<Criterion> SECOND = List.of(FIRST.getFirst(), new DeclaredValueLimit(
            Quantity.CARBON_FOOTPRINT, DeclaredValueLimit.Comparison.AT_MOST, new BigDecimal("2.5"), Unit.KG_CO2E_PER_KG,
            Importance.weight(30)));
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "criteria-mapping-test");
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    private static void as(TenantId tenant, Consumer<JpaCriteriaSets> work) {
        EntityManager em = emf.createEntityManager(H2Database.asTenant(tenant.value()));
        try {
            em.getTransaction().begin();
            JpaCriteriaSets sets = new JpaCriteriaSets();
            sets.em = em;
            work.accept(sets);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static CriteriaSet stored(CriteriaSetId id) {
        CriteriaSet[] found = new CriteriaSet[1];
        as(ANNA, sets -> found[0] = sets.find(id).orElseThrow());
        return found[0];
    }

    @Test
    void a_set_keeps_its_versions_replaces_a_draft_and_is_the_owners_alone() {
        CriteriaSetId id = CriteriaSetId.newId();
        as(ANNA, sets -> sets.add(new CriteriaSet(id, ANNA, "Batteries", FIRST, CLOCK)));
        CriteriaSet first = stored(id);
        assertThat(first.buyer()).isEqualTo(ANNA);
        assertThat(first.current()).isEqualTo(new CriteriaVersion(1, FIRST, CLOCK.instant(), false));
        long lock = first.lockVersion();

        Clock later = Clock.offset(CLOCK, Duration.ofHours(1));
        as(ANNA, sets -> sets.find(id).orElseThrow().revise(SECOND, later));
        assertThat(stored(id).versions()).containsExactly(new CriteriaVersion(1, SECOND, later.instant(), false));
        assertThat(stored(id).lockVersion()).isGreaterThan(lock);

        as(ANNA, sets -> sets.find(id).orElseThrow().markUsed());
        as(ANNA, sets -> sets.find(id).orElseThrow().revise(FIRST, later));
        CriteriaSet two = stored(id);
        assertThat(two.versions()).extracting(CriteriaVersion::number).containsExactly(1, 2);
        assertThat(two.version(1).orElseThrow().criteria()).isEqualTo(SECOND);
        assertThat(two.version(1).orElseThrow().used()).isTrue();
        assertThat(two.current().criteria()).isEqualTo(FIRST);
        assertThat(two.used()).isTrue();

        as(BEN, sets -> {
            assertThat(sets.find(id)).isEmpty();
            assertThat(sets.page(PageRequest.first()).items()).extracting(CriteriaSet::id).doesNotContain(id);
        });
        as(ANNA, sets -> assertThat(sets.page(PageRequest.first()).items()).extracting(CriteriaSet::id).contains(id));
    }

    @Test
    void a_set_is_deleted_with_its_versions_and_a_stale_write_fails() {
        CriteriaSetId id = CriteriaSetId.newId();
        as(ANNA, sets -> sets.add(new CriteriaSet(id, ANNA, "Packaging", FIRST, CLOCK)));
        CriteriaSet stale = stored(id);
        as(ANNA, sets -> sets.find(id).orElseThrow().rename("Packaging 2027"));
        assertThatThrownBy(() -> as(ANNA, sets -> {
            stale.revise(SECOND, CLOCK);
            sets.em.merge(stale);
        })).isInstanceOfAny(RollbackException.class, OptimisticLockException.class);
        assertThat(stored(id).name()).isEqualTo("Packaging 2027");

        as(ANNA, sets -> sets.find(id).orElseThrow().revise(List.of(new Un383TestSummary(Importance.weight(3))), CLOCK));
        as(ANNA, sets -> sets.remove(sets.find(id).orElseThrow()));
        as(ANNA, sets -> assertThat(sets.find(id)).isEmpty());
    }
}
