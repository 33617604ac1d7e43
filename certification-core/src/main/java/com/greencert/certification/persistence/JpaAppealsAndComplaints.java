package com.greencert.certification.persistence;

import com.greencert.certification.domain.Appeal;
import com.greencert.certification.domain.AppealId;
import com.greencert.certification.domain.Appeals;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Complaint;
import com.greencert.certification.domain.ComplaintId;
import com.greencert.certification.domain.Complaints;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Appeals (supplier and body) and complaints (complainant, body and the supplier complained about). */
@ApplicationScoped
class JpaAppealsAndComplaints implements Appeals, Complaints {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public void add(Appeal appeal) {
        em.persist(appeal);
    }

    @Override
    public Optional<Appeal> find(AppealId id, TenantId party) {
        return em.createQuery("select a from Appeal a where a.id = :id"
                + " and (a.supplierTenantId = :party or a.bodyTenantId = :party)", Appeal.class)
                .setParameter("id", id.toString()).setParameter("party", party.value()).getResultStream().findFirst();
    }

    @Override
    public List<Appeal> ofApplication(ApplicationId application, TenantId party) {
        return em.createQuery("select a from Appeal a where a.applicationId = :app"
                + " and (a.supplierTenantId = :party or a.bodyTenantId = :party) order by a.lodgedAt", Appeal.class)
                .setParameter("app", application.toString()).setParameter("party", party.value()).getResultList();
    }

    @Override
    public Page<Appeal> appealsOf(TenantId party, PageRequest page) {
        String where = " where a.supplierTenantId = :party or a.bodyTenantId = :party";
        return Pages.read(em.createQuery("select a from Appeal a" + where + " order by a.lodgedAt desc, a.id", Appeal.class)
                        .setParameter("party", party.value()),
                em.createQuery("select count(a) from Appeal a" + where, Long.class).setParameter("party", party.value()), page);
    }

    @Override
    public void add(Complaint complaint) {
        em.persist(complaint);
    }

    @Override
    public Optional<Complaint> find(ComplaintId id, TenantId party) {
        return em.createQuery("select c from Complaint c where c.id = :id and (c.bodyTenantId = :party"
                + " or c.complainantTenantId = :party or c.supplierTenantId = :party)", Complaint.class)
                .setParameter("id", id.toString()).setParameter("party", party.value()).getResultStream().findFirst();
    }

    @Override
    public Page<Complaint> complaintsOf(TenantId party, PageRequest page) {
        String where = " where c.bodyTenantId = :party or c.complainantTenantId = :party or c.supplierTenantId = :party";
        return Pages.read(em.createQuery("select c from Complaint c" + where + " order by c.receivedAt desc, c.id",
                        Complaint.class).setParameter("party", party.value()),
                em.createQuery("select count(c) from Complaint c" + where, Long.class).setParameter("party", party.value()),
                page);
    }
}
