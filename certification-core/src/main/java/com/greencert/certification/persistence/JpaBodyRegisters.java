package com.greencert.certification.persistence;

import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.Accreditations;
import com.greencert.certification.domain.ConflictOfInterest;
import com.greencert.certification.domain.ConflictsOfInterest;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** A certification body's accreditation scope (public) and its staff's declared conflicts of interest (the body's own). */
@ApplicationScoped
class JpaBodyRegisters implements Accreditations, ConflictsOfInterest {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public void add(Accreditation accreditation) {
        em.persist(accreditation);
    }

    @Override
    public List<Accreditation> ofBody(TenantId body) {
        return em.createQuery("select a from Accreditation a where a.bodyTenantId = :body order by a.schemeCode",
                Accreditation.class).setParameter("body", body.value()).getResultList();
    }

    @Override
    public Page<Accreditation> ofBody(TenantId body, PageRequest page) {
        String where = " where a.bodyTenantId = :body";
        return Pages.read(em.createQuery("select a from Accreditation a" + where + " order by a.schemeCode, a.id",
                        Accreditation.class).setParameter("body", body.value()),
                em.createQuery("select count(a) from Accreditation a" + where, Long.class).setParameter("body", body.value()),
                page);
    }

    @Override
    public void add(ConflictOfInterest declaration) {
        em.persist(declaration);
    }

    @Override
    public boolean declared(String username, TenantId supplier) {
        return !em.createQuery("select c.id from ConflictOfInterest c where c.username = :user"
                + " and c.supplierTenantId = :supplier and c.endedAt is null", String.class)
                .setParameter("user", username).setParameter("supplier", supplier.value())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<ConflictOfInterest> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ConflictOfInterest.class, id));
    }

    @Override
    public Page<ConflictOfInterest> all(String onlyOf, PageRequest page) {
        String where = onlyOf == null ? "" : " where c.username = :user";
        TypedQuery<ConflictOfInterest> rows = em.createQuery("select c from ConflictOfInterest c" + where
                + " order by c.declaredAt, c.id", ConflictOfInterest.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from ConflictOfInterest c" + where, Long.class);
        if (onlyOf != null) {
            rows.setParameter("user", onlyOf);
            count.setParameter("user", onlyOf);
        }
        return Pages.read(rows, count, page);
    }
}
