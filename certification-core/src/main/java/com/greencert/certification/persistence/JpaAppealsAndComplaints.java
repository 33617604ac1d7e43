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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Appeals and complaints; which of them the caller's tenant sees is the party criterion of eclipselink-orm.xml. */
@ApplicationScoped
class JpaAppealsAndComplaints implements Appeals, Complaints {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public void add(Appeal appeal) {
        em.persist(appeal);
    }

    @Override
    public Optional<Appeal> find(AppealId id) {
        return em.createQuery("select a from Appeal a where a.id = :id", Appeal.class)
                .setParameter("id", id.toString()).getResultStream().findFirst();
    }

    @Override
    public List<Appeal> ofApplication(ApplicationId application) {
        return em.createQuery("select a from Appeal a where a.applicationId = :app order by a.lodgedAt, a.id", Appeal.class)
                .setParameter("app", application.toString()).getResultList();
    }

    @Override
    public Page<Appeal> visibleAppeals(PageRequest page) {
        return Pages.read(em.createQuery("select a from Appeal a order by a.lodgedAt desc, a.id", Appeal.class),
                em.createQuery("select count(a) from Appeal a", Long.class), page);
    }

    @Override
    public void add(Complaint complaint) {
        em.persist(complaint);
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        return em.createQuery("select c from Complaint c where c.id = :id", Complaint.class)
                .setParameter("id", id.toString()).getResultStream().findFirst();
    }

    @Override
    public Page<Complaint> visibleComplaints(PageRequest page) {
        return Pages.read(em.createQuery("select c from Complaint c order by c.receivedAt desc, c.id", Complaint.class),
                em.createQuery("select count(c) from Complaint c", Long.class), page);
    }
}
