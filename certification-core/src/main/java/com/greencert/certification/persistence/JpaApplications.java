package com.greencert.certification.persistence;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.Finding;
import com.greencert.certification.domain.PublicCertification;
import com.greencert.certification.domain.WorkQueue;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Applications; which of them the caller's tenant sees is the party criterion of eclipselink-orm.xml. */
@ApplicationScoped
class JpaApplications implements Applications {

    private static final Map<String, String> SORTABLE = Map.of(Applications.SORT_UPDATED, "a.updatedAt",
            Applications.SORT_STATUS, "a.status");
    private static final List<ApplicationStatus> CLOSED = List.of(ApplicationStatus.WITHDRAWN, ApplicationStatus.REFUSED,
            ApplicationStatus.CANCELLED);
    /** The stored statuses an application may have in each queue (the aggregate's {@code queuesOn}). */
    private static final Map<WorkQueue, List<ApplicationStatus>> QUEUE_STATUSES = Map.of(
            WorkQueue.TO_REVIEW, List.of(ApplicationStatus.SUBMITTED),
            WorkQueue.TO_EVALUATE, List.of(ApplicationStatus.EVALUATION, ApplicationStatus.CORRECTIVE_ACTION),
            WorkQueue.FINDINGS_OVERDUE, List.of(ApplicationStatus.CORRECTIVE_ACTION),
            WorkQueue.INDEPENDENT_REVIEW, List.of(ApplicationStatus.INDEPENDENT_REVIEW),
            WorkQueue.DECISIONS_PENDING, List.of(ApplicationStatus.DECISION_PENDING),
            WorkQueue.SURVEILLANCE_DUE, List.of(ApplicationStatus.CERTIFIED));
    private static final int SCAN_SLICE = 200;

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public void add(CertificationApplication application) {
        em.persist(application);
    }

    @Override
    public Optional<CertificationApplication> find(ApplicationId id) {
        return em.createQuery("select a from CertificationApplication a where a.id = :id", CertificationApplication.class)
                .setParameter("id", id.toString()).getResultStream().findFirst();
    }

    @Override
    public Page<CertificationApplication> visible(PageRequest page) {
        return Pages.read(em.createQuery("select a from CertificationApplication a order by "
                        + Pages.orderBy(page, SORTABLE, "a.updatedAt desc, a.id"), CertificationApplication.class),
                em.createQuery("select count(a) from CertificationApplication a", Long.class), page);
    }

    @Override
    public List<CertificationApplication> open() {
        return em.createQuery("select a from CertificationApplication a where a.status not in :closed",
                CertificationApplication.class).setParameter("closed", CLOSED).getResultList();
    }

    @Override
    public List<String> awaitingDecisionCarrying(Collection<EvidenceId> pieces) {
        if (pieces.isEmpty()) {
            return List.of();
        }
        List<String> ids = pieces.stream().map(Object::toString).toList();
        List<ApplicationStatus> awaiting = Arrays.stream(ApplicationStatus.values())
                .filter(ApplicationStatus::awaitingDecision).toList();
        Set<String> found = new TreeSet<>(em.createQuery("select distinct a.id from CertificationApplication a join a.evidence e"
                        + " where e.evidenceId in :ids and a.status in :awaiting", String.class)
                .setParameter("ids", ids).setParameter("awaiting", awaiting).getResultList());
        // rooted at the finding, whose parties are its application's (a subquery would repeat that criterion)
        found.addAll(em.createQuery("select distinct f.application.id from Finding f where f.correctionEvidenceId in :ids"
                        + " and f.application.status in :awaiting", String.class)
                .setParameter("ids", ids).setParameter("awaiting", awaiting).getResultList());
        return List.copyOf(found);
    }

    @Override
    public Page<CertificationApplication> inQueue(WorkQueue queue, LocalDate today, PageRequest page) {
        String where = " where " + switch (queue) {
            case TO_REVIEW, TO_EVALUATE, INDEPENDENT_REVIEW, DECISIONS_PENDING -> "a.status in :statuses";
            case FINDINGS_OVERDUE -> "a.status in :statuses and exists (select f.id from Finding f where f.application = a"
                    + " and f.status <> :closedFinding and f.dueOn < :today)";
            case SURVEILLANCE_DUE -> "a.status in :statuses"
                    + " and (a.certificate.validUntil is null or a.certificate.validUntil >= :today)";
        };
        if (queue == WorkQueue.SURVEILLANCE_DUE) {
            return surveillanceDue(where, today, page);
        }
        var rows = queueQuery("select a from CertificationApplication a" + where + " order by a.updatedAt, a.id",
                CertificationApplication.class, queue, today);
        return Pages.read(rows, queueQuery("select count(a) from CertificationApplication a" + where, Long.class, queue,
                today), page);
    }

    /**
     * Surveillance falls due a number of months after the last one: JPQL has no portable month arithmetic,
     * so the database narrows to the body's certificates in force and the aggregate's own rule
     * ({@link CertificationApplication#queuesOn}) decides, a slice of {@value #SCAN_SLICE} rows at a time,
     * keeping only the page.
     */
    private Page<CertificationApplication> surveillanceDue(String where, LocalDate today, PageRequest page) {
        List<CertificationApplication> rows = new ArrayList<>();
        long matches = 0;
        for (int first = 0; ; first += SCAN_SLICE) {
            List<CertificationApplication> slice = queueQuery("select a from CertificationApplication a" + where
                    + " order by a.id", CertificationApplication.class, WorkQueue.SURVEILLANCE_DUE, today)
                    .setFirstResult(first).setMaxResults(SCAN_SLICE).getResultList();
            for (CertificationApplication a : slice) {
                if (a.queuesOn(today).contains(WorkQueue.SURVEILLANCE_DUE)) {
                    if (matches >= page.offset() && rows.size() < page.limit()) {
                        rows.add(a);
                    }
                    matches++;
                }
            }
            em.clear(); // a read-only call: scanned slices need not stay in the persistence context
            if (slice.size() < SCAN_SLICE) {
                return new Page<>(rows, matches, page);
            }
        }
    }

    private <T> TypedQuery<T> queueQuery(String jpql, Class<T> type, WorkQueue queue, LocalDate today) {
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("statuses", QUEUE_STATUSES.get(queue));
        if (queue == WorkQueue.FINDINGS_OVERDUE) {
            query.setParameter("closedFinding", Finding.Status.CLOSED).setParameter("today", today);
        }
        if (queue == WorkQueue.SURVEILLANCE_DUE) {
            query.setParameter("today", today);
        }
        return query;
    }

    @Override
    public Optional<PublicCertification> findCertified(ApplicationId id) {
        return em.createQuery("select c from PublicCertification c where c.id = :id and c.issuedOn is not null",
                PublicCertification.class).setParameter("id", id.toString()).getResultStream().findFirst();
    }

    @Override
    public List<PublicCertification> certifiedOf(java.util.Collection<com.greencert.shared.domain.TenantId> suppliers) {
        if (suppliers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from PublicCertification c where c.supplierTenantId in :s and c.issuedOn is not null",
                PublicCertification.class).setParameter("s", suppliers.stream().map(t -> t.value()).toList())
                .getResultList();
    }

    @Override
    public List<com.greencert.shared.domain.TenantId> suppliersCertifiedUntil(LocalDate from, LocalDate to) {
        return em.createQuery("select distinct c.supplierTenantId from PublicCertification c where c.issuedOn is not null"
                + " and c.validUntil between :f and :t", String.class).setParameter("f", from).setParameter("t", to)
                .getResultList().stream().map(com.greencert.shared.domain.TenantId::of).toList();
    }

    @Override
    public List<CertificationApplication> certifiedUntil(com.greencert.shared.domain.TenantId supplier, LocalDate from,
            LocalDate to, int max) {
        return em.createQuery("select a from CertificationApplication a where a.supplierTenantId = :s and a.status = :certified"
                        + " and a.certificate.validUntil between :f and :t order by a.certificate.validUntil, a.id",
                        CertificationApplication.class)
                .setParameter("s", supplier.value()).setParameter("certified", ApplicationStatus.CERTIFIED)
                .setParameter("f", from).setParameter("t", to).setMaxResults(max).getResultList();
    }

    @Override
    public List<CertificationApplication> inForceGrantedBy(com.greencert.shared.domain.TenantId body, LocalDate today, int max) {
        return em.createQuery("select a from CertificationApplication a where a.bodyTenantId = :b and a.status = :certified"
                        + " and a.certificate.validUntil >= :today order by a.id", CertificationApplication.class)
                .setParameter("b", body.value()).setParameter("certified", ApplicationStatus.CERTIFIED)
                .setParameter("today", today).setMaxResults(max).getResultList();
    }

    @Override
    public List<CertificationApplication> withFindingsDue(com.greencert.shared.domain.TenantId body, LocalDate from,
            LocalDate to, int max) {
        return em.createQuery("select a from CertificationApplication a where a.bodyTenantId = :b and exists (select f.id"
                        + " from Finding f where f.application = a and f.status <> :closed and f.dueOn between :f and :t)"
                        + " order by a.id", CertificationApplication.class)
                .setParameter("b", body.value()).setParameter("closed", Finding.Status.CLOSED)
                .setParameter("f", from).setParameter("t", to).setMaxResults(max).getResultList();
    }
}
