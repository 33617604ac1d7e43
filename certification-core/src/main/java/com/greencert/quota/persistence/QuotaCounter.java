package com.greencert.quota.persistence;

import com.greencert.quota.domain.QuotaKind;
import com.greencert.quota.domain.QuotaLimits;
import com.greencert.quota.domain.QuotaOutcome;
import com.greencert.quota.domain.QuotaUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One counting step, in its own transaction. The tenant's row (EclipseLink adds the tenant to every
 * statement) first moves to the current minute if it is behind, then takes the units only if they fit:
 * {@code UPDATE … WHERE used + n <= limit}, which the database serialises per row on every node.
 */
@ApplicationScoped
class QuotaCounter {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    QuotaOutcome consume(QuotaKind kind, long n, QuotaLimits limits, Instant window, LongSupplier existing) {
        em.createQuery("update QuotaUsage q set q.windowStart = :window, q.usedInWindow = 0"
                + " where q.kind = :kind and q.windowStart < :window")
                .setParameter("window", window).setParameter("kind", kind).executeUpdate();
        for (int attempt = 0; attempt < 3; attempt++) {
            int taken = em.createQuery("update QuotaUsage q set q.usedInWindow = q.usedInWindow + :n, q.total = q.total + :n"
                    + " where q.kind = :kind and q.usedInWindow + :n <= :perMinute and q.total + :n <= :total")
                    .setParameter("n", n).setParameter("kind", kind).setParameter("perMinute", limits.perMinuteOrMax())
                    .setParameter("total", limits.totalOrMax()).executeUpdate();
            if (taken == 1) {
                return QuotaOutcome.GRANTED;
            }
            Optional<QuotaUsage> usage = em.createQuery("select q from QuotaUsage q where q.kind = :kind", QuotaUsage.class)
                    .setParameter("kind", kind).setHint("eclipselink.refresh", "true").getResultStream().findFirst();
            if (usage.isEmpty()) {
                return first(kind, n, limits, window, existing);
            }
            QuotaOutcome outcome = limits.admits(usage.get().usedInWindow(), usage.get().total(), n);
            if (outcome != QuotaOutcome.GRANTED) {
                return outcome;
            }
            // the row moved between the two statements (another node's minute began): count again
        }
        return QuotaOutcome.MINUTE_EXCEEDED; // still racing after three tries: the caller retries later
    }

    private QuotaOutcome first(QuotaKind kind, long n, QuotaLimits limits, Instant window, LongSupplier existing) {
        long before = existing.getAsLong();
        QuotaOutcome first = limits.admits(0, before, n);
        // the first count of this kind for the tenant: the row starts from what the tenant has already
        em.persist(new QuotaUsage(kind, window, first == QuotaOutcome.GRANTED ? n : 0,
                before + (first == QuotaOutcome.GRANTED ? n : 0)));
        em.flush();
        return first;
    }
}
