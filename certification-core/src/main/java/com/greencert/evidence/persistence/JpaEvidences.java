package com.greencert.evidence.persistence;

import com.greencert.shared.persistence.UniqueConstraints;

import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.domain.EvidenceFilter;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.Evidences;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.domain.IdempotencyKeyTakenException;
import com.greencert.evidence.domain.SharedEvidence;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaEvidences implements Evidences {

    /** The narrow cross-tenant read: a row counts only with an active grant to the asking tenant. */
    private static final String GRANTED = "select e from SharedEvidence e where exists (select g from EvidenceGrant g"
            + " where g.evidenceId = e.id and g.ownerTenantId = e.ownerTenantId and g.granteeTenantId = :grantee"
            + " and g.revokedAt is null)";
    private static final String NEWEST_FIRST = " order by e.uploadedAt desc, e.id";
    /** Latest versions of current pieces only: nothing supersedes them and they are not retired. */
    private static final String LATEST = "e.retiredAt is null and not exists (select s.id from Evidence s where s.supersedes = e.id)";

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Evidence> find(EvidenceId id) {
        return Optional.ofNullable(em.find(Evidence.class, id.toString()));
    }

    @Override
    public Page<Evidence> own(EvidenceFilter filter, PageRequest page) {
        String where = conditions(filter).isEmpty() ? "" : " where " + String.join(" and ", conditions(filter));
        return Pages.read(bind(em.createQuery("select e from Evidence e" + where + NEWEST_FIRST, Evidence.class), filter),
                bind(em.createQuery("select count(e) from Evidence e" + where, Long.class), filter), page);
    }

    @Override
    public long count() {
        return em.createQuery("select count(e) from Evidence e", Long.class).getSingleResult();
    }

    @Override
    public List<Evidence> ofType(EvidenceType type) {
        return em.createQuery("select e from Evidence e where e.type = :type and e.retiredAt is null", Evidence.class)
                .setParameter("type", type).getResultList();
    }

    @Override
    public Optional<Evidence> byIdempotencyKey(String key) {
        return em.createQuery("select e from Evidence e where e.idempotencyKey = :key", Evidence.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public Optional<Evidence> supersederOf(EvidenceId id) {
        return em.createQuery("select e from Evidence e where e.supersedes = :id", Evidence.class)
                .setParameter("id", id.toString()).getResultStream().findFirst();
    }

    @Override
    public Map<String, EvidenceId> successorsOf(Collection<EvidenceId> ids) {
        Map<String, EvidenceId> successors = new HashMap<>();
        if (ids.isEmpty()) {
            return successors;
        }
        em.createQuery("select e.supersedes, e.id from Evidence e where e.supersedes in :ids", Object[].class)
                .setParameter("ids", ids.stream().map(EvidenceId::toString).toList()).getResultList()
                .forEach(row -> successors.put((String) row[0], EvidenceId.parse((String) row[1])));
        return successors;
    }

    @Override
    public Page<Evidence> latestExpiring(LocalDate until, PageRequest page) {
        String where = " where e.expiresOn <= :until and " + LATEST;
        return Pages.read(em.createQuery("select e from Evidence e" + where + " order by e.expiresOn, e.id", Evidence.class)
                        .setParameter("until", until),
                em.createQuery("select count(e) from Evidence e" + where, Long.class).setParameter("until", until), page);
    }

    @Override
    public List<Evidence> latestExpiringBetween(LocalDate from, LocalDate until, int max) {
        return em.createQuery("select e from Evidence e where e.expiresOn >= :from and e.expiresOn <= :until and " + LATEST
                        + " order by e.expiresOn, e.id", Evidence.class)
                .setParameter("from", from).setParameter("until", until).setMaxResults(max).getResultList();
    }

    @Override
    public long countLatestExpiringBefore(LocalDate day) {
        return em.createQuery("select count(e) from Evidence e where e.expiresOn < :day and " + LATEST, Long.class)
                .setParameter("day", day).getSingleResult();
    }

    @Override
    public void add(Evidence evidence) {
        try {
            em.persist(evidence);
            em.flush(); // a duplicate idempotency key or a second successor fails here, inside the service call
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "uq_evidence_idempotency")) {
                throw new IdempotencyKeyTakenException(evidence.idempotencyKey().orElse(""));
            }
            if (UniqueConstraints.violated(e, "uq_evidence_supersedes")) {
                throw new RuleViolationException("evidence.version.not.latest", evidence.supersedes().orElseThrow());
            }
            throw e;
        }
    }

    @Override
    public Optional<SharedEvidence> findGranted(EvidenceId id, TenantId grantee) {
        return em.createQuery(GRANTED + " and e.id = :id", SharedEvidence.class)
                .setParameter("grantee", grantee.value()).setParameter("id", id.toString())
                .getResultStream().findFirst();
    }

    @Override
    public Page<SharedEvidence> grantedTo(TenantId grantee, EvidenceFilter filter, PageRequest page) {
        String and = conditions(filter).isEmpty() ? "" : " and " + String.join(" and ", conditions(filter));
        return Pages.read(bind(em.createQuery(GRANTED + and + NEWEST_FIRST, SharedEvidence.class), filter)
                        .setParameter("grantee", grantee.value()),
                bind(em.createQuery(GRANTED.replaceFirst("select e ", "select count(e) ") + and, Long.class), filter)
                        .setParameter("grantee", grantee.value()), page);
    }

    /**
     * The filter as JPQL conditions on {@code e}; the expiry statuses as {@link ExpiryStatus#of} defines them;
     * retired pieces left out unless asked for.
     */
    private static List<String> conditions(EvidenceFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (!filter.withRetired()) {
            conditions.add("e.retiredAt is null");
        }
        filter.type().ifPresent(t -> conditions.add("e.type = :type"));
        filter.status().ifPresent(s -> conditions.add(switch (s) {
            case NO_EXPIRY -> "e.expiresOn is null";
            case EXPIRED -> "e.expiresOn < :today";
            case EXPIRING -> "e.expiresOn >= :today and e.expiresOn <= :until";
            case VALID -> "e.expiresOn > :until";
        }));
        return conditions;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, EvidenceFilter filter) {
        filter.type().ifPresent(t -> query.setParameter("type", t));
        filter.status().ifPresent(s -> {
            if (s == ExpiryStatus.EXPIRED || s == ExpiryStatus.EXPIRING) {
                query.setParameter("today", filter.today());
            }
            if (s == ExpiryStatus.EXPIRING || s == ExpiryStatus.VALID) {
                query.setParameter("until", filter.expiringUntil());
            }
        });
        return query;
    }
}
