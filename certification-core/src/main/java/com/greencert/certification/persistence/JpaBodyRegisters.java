package com.greencert.certification.persistence;

import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.Accreditations;
import com.greencert.certification.domain.ConflictOfInterest;
import com.greencert.certification.domain.ConflictsOfInterest;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    public void add(ConflictOfInterest declaration) {
        em.persist(declaration);
    }

    @Override
    public boolean declared(String username, TenantId supplier) {
        return !em.createQuery("select c.id from ConflictOfInterest c where c.username = :user"
                + " and c.supplierTenantId = :supplier", String.class)
                .setParameter("user", username).setParameter("supplier", supplier.value())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ConflictOfInterest> all() {
        return em.createQuery("select c from ConflictOfInterest c order by c.declaredAt, c.id", ConflictOfInterest.class)
                .getResultList();
    }
}
