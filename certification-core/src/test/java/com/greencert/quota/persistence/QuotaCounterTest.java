package com.greencert.quota.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.quota.domain.QuotaKind;
import com.greencert.quota.domain.QuotaLimits;
import com.greencert.quota.domain.QuotaOutcome;
import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quota counter's statements on H2 (V11): per minute, in total, per tenant, and the first row's start. */
class QuotaCounterTest {

    private static final String URL = "jdbc:h2:mem:quota-counter;DB_CLOSE_DELAY=-1";
    private static final Instant MINUTE = Instant.parse("2026-12-01T10:15:00Z");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "quota-counter-test");
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    private static QuotaOutcome consume(String tenant, QuotaKind kind, long n, QuotaLimits limits, Instant window,
            long existing) {
        EntityManager em = emf.createEntityManager(Map.of("eclipselink.tenant-id", tenant));
        try {
            em.getTransaction().begin();
            QuotaCounter counter = new QuotaCounter();
            counter.em = em;
            QuotaOutcome outcome = counter.consume(kind, n, limits, window, () -> existing);
            em.getTransaction().commit();
            return outcome;
        } finally {
            em.close();
        }
    }

    @Test
    void a_tenant_gets_so_many_a_minute_and_again_the_next_minute() {
        QuotaLimits limits = new QuotaLimits(3, 0);
        assertThat(consume("minute-a", QuotaKind.PRODUCT, 2, limits, MINUTE, 0)).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(consume("minute-a", QuotaKind.PRODUCT, 1, limits, MINUTE, 0)).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(consume("minute-a", QuotaKind.PRODUCT, 1, limits, MINUTE, 0)).isEqualTo(QuotaOutcome.MINUTE_EXCEEDED);
        // another kind and another tenant count apart
        assertThat(consume("minute-a", QuotaKind.FACILITY, 3, limits, MINUTE, 0)).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(consume("minute-b", QuotaKind.PRODUCT, 3, limits, MINUTE, 0)).isEqualTo(QuotaOutcome.GRANTED);
        // all or nothing: two more do not fit even where one would
        Instant next = MINUTE.plusSeconds(60);
        assertThat(consume("minute-a", QuotaKind.PRODUCT, 2, limits, next, 0)).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(consume("minute-a", QuotaKind.PRODUCT, 2, limits, next, 0)).isEqualTo(QuotaOutcome.MINUTE_EXCEEDED);
        assertThat(consume("minute-a", QuotaKind.PRODUCT, 1, limits, next, 0)).isEqualTo(QuotaOutcome.GRANTED);
    }

    @Test
    void the_total_starts_from_what_the_tenant_has_and_never_resets() {
        QuotaLimits limits = new QuotaLimits(100, 10);
        AtomicInteger asked = new AtomicInteger();
        EntityManager em = emf.createEntityManager(Map.of("eclipselink.tenant-id", "total-a"));
        em.getTransaction().begin();
        QuotaCounter counter = new QuotaCounter();
        counter.em = em;
        assertThat(counter.consume(QuotaKind.EVIDENCE, 1, limits, MINUTE, () -> asked.incrementAndGet() * 8L))
                .isEqualTo(QuotaOutcome.GRANTED);
        em.getTransaction().commit();
        em.close();
        assertThat(asked).hasValue(1);
        // 8 before quotas were counted + 1: one more fits, then the total is reached, in every minute
        assertThat(consume("total-a", QuotaKind.EVIDENCE, 1, limits, MINUTE, 999)).isEqualTo(QuotaOutcome.GRANTED);
        assertThat(consume("total-a", QuotaKind.EVIDENCE, 1, limits, MINUTE, 999)).isEqualTo(QuotaOutcome.TOTAL_EXCEEDED);
        assertThat(consume("total-a", QuotaKind.EVIDENCE, 1, limits, MINUTE.plusSeconds(3600), 999))
                .isEqualTo(QuotaOutcome.TOTAL_EXCEEDED);
        // a first request over the limit creates the row but takes nothing
        assertThat(consume("total-b", QuotaKind.EVIDENCE, 11, limits, MINUTE, 0)).isEqualTo(QuotaOutcome.TOTAL_EXCEEDED);
        assertThat(consume("total-b", QuotaKind.EVIDENCE, 10, limits, MINUTE, 0)).isEqualTo(QuotaOutcome.GRANTED);
    }
}
