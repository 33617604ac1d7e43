package com.greencert.criteria.persistence;

import com.greencert.criteria.domain.CriteriaJson;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.InvitedCriteria;
import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.InvitationId;
import com.greencert.criteria.domain.Invitations;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.Pages;
import com.greencert.shared.persistence.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** Invitations; the parties' criterion (buyer or supplier is the caller's tenant) is in eclipselink-orm.xml. */
@ApplicationScoped
class JpaInvitations implements Invitations {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Invitation> find(InvitationId id) {
        return Optional.ofNullable(em.find(Invitation.class, id.toString()));
    }

    @Override
    public Optional<Invitation> find(CriteriaSetId set, TenantId supplier) {
        return em.createQuery("select i from Invitation i where i.criteriaSetId = :s and i.supplierTenantId = :t",
                Invitation.class).setParameter("s", set.toString()).setParameter("t", supplier.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<Invitation> ofSet(CriteriaSetId set) {
        return em.createQuery("select i from Invitation i where i.criteriaSetId = :s order by i.invitedAt, i.id",
                Invitation.class).setParameter("s", set.toString()).setMaxResults(10_000).getResultList();
    }

    @Override
    public Page<Invitation> sent(TenantId buyer, PageRequest page) {
        return page("buyerTenantId", buyer, page);
    }

    @Override
    public Page<Invitation> received(TenantId supplier, PageRequest page) {
        return page("supplierTenantId", supplier, page);
    }

    /** A page of the invitations whose party (buyer or supplier, by its field) is the tenant, newest first. */
    private Page<Invitation> page(String party, TenantId tenant, PageRequest page) {
        return Pages.read(em.createQuery("select i from Invitation i where i." + party + " = :t"
                        + " order by i.invitedAt desc, i.id", Invitation.class).setParameter("t", tenant.value()),
                em.createQuery("select count(i) from Invitation i where i." + party + " = :t", Long.class)
                        .setParameter("t", tenant.value()), page);
    }

    @Override
    public boolean accepted(TenantId buyer, TenantId supplier) {
        return !em.createQuery("select i.id from Invitation i where i.buyerTenantId = :b and i.supplierTenantId = :s"
                        + " and i.answer = :a", String.class)
                .setParameter("a", Invitation.Answer.ACCEPTED).setParameter("b", buyer.value()).setParameter("s", supplier.value()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Plain SQL: the set is the buyer's (tenant-owned), the invitation already shows that the caller is a party. */
    @Override
    public InvitedCriteria criteriaOf(Invitation invitation) {
        Object[] row = (Object[]) em.createNativeQuery("select s.name, v.version_no, v.criteria, v.created_at, v.used"
                        + " from criteria_set s join criteria_set_version v on v.criteria_set_id = s.id"
                        + " where s.id = ? and s.tenant_id = ? order by v.version_no desc")
                .setHint(SqlSupplierFacts.NATIVE, true)
                .setParameter(1, invitation.criteriaSet().toString()).setParameter(2, invitation.buyer().value())
                .setMaxResults(1).getSingleResult();
        return new InvitedCriteria(invitation.criteriaSet(), row[0].toString(), new CriteriaVersion(
                ((Number) row[1]).intValue(), CriteriaJson.parse(row[2].toString()), SqlValues.instant(row[3]),
                SqlValues.bool(row[4])));
    }

    /** Two invitations of one supplier for one set at once: the unique key lets one through, the other is a 409. */
    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "uq_invitation")) {
                throw new RuleViolationException("invitation.already.pending");
            }
            throw e;
        }
    }
}
