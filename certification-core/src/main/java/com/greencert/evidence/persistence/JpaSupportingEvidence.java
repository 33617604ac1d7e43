package com.greencert.evidence.persistence;

import com.greencert.evidence.domain.Evidence;
import com.greencert.supplier.domain.SupportingEvidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Answers, from the caller's own vault (tenant-filtered), which evidence a product's declared value may rest on. */
@ApplicationScoped
class JpaSupportingEvidence implements SupportingEvidence {

    private static final String CURRENT = "select e from Evidence e where e.retiredAt is null"
            + " and not exists (select s.id from Evidence s where s.supersedes = e.id)";

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public List<Document> current(int max) {
        return em.createQuery(CURRENT + " order by e.uploadedAt desc, e.id", Evidence.class).setMaxResults(max)
                .getResultStream().map(e -> new Document(e.id().value(), e.title(), e.issuedOn())).toList();
    }

    @Override
    public boolean isCurrent(UUID id) {
        return !em.createQuery(CURRENT + " and e.id = :id", Evidence.class).setParameter("id", id.toString())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
