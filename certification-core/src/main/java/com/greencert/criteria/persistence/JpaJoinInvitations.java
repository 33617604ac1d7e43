package com.greencert.criteria.persistence;

import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.JoinInvitation;
import com.greencert.criteria.domain.JoinInvitationId;
import com.greencert.criteria.domain.JoinInvitations;
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

/**
 * Invitations by e-mail: tenant-owned (the buyer's), except {@link #buyerOf} and {@link #joinedFrom}, plain SQL that
 * a link needs before anyone is signed in; they answer a tenant id and nothing else of the row.
 */
@ApplicationScoped
class JpaJoinInvitations implements JoinInvitations {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<JoinInvitation> find(JoinInvitationId id) {
        return Optional.ofNullable(em.find(JoinInvitation.class, id.toString()));
    }

    @Override
    public Optional<JoinInvitation> find(CriteriaSetId set, String email) {
        return em.createQuery("select j from JoinInvitation j where j.criteriaSetId = :s and j.email = :e", JoinInvitation.class)
                .setParameter("s", set.toString()).setParameter("e", email).getResultStream().findFirst();
    }

    @Override
    public Optional<JoinInvitation> byToken(String tokenHash) {
        return em.createQuery("select j from JoinInvitation j where j.tokenHash = :h", JoinInvitation.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public Page<JoinInvitation> sent(PageRequest page) {
        return Pages.read(em.createQuery("select j from JoinInvitation j order by j.invitedAt desc, j.id", JoinInvitation.class),
                em.createQuery("select count(j) from JoinInvitation j", Long.class), page);
    }

    @Override
    public Optional<TenantId> buyerOf(String tokenHash) {
        return first("select tenant_id from join_invitation where token_sha256 = ?", tokenHash);
    }

    @Override
    public Optional<TenantId> joinedFrom(String email) {
        return first("select supplier_tenant_id from join_invitation where email = ? and supplier_tenant_id is not null"
                + " order by used_at", email);
    }

    @Override
    public void add(JoinInvitation invitation) {
        em.persist(invitation);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "uq_join_invitation")) {
                throw new RuleViolationException("join.already.open", invitation.email());
            }
            throw e;
        }
    }

    @Override
    public void claimed(JoinInvitation invitation) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new RuleViolationException("join.link.used");
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<TenantId> first(String sql, String value) {
        List<Object> rows = em.createNativeQuery(sql).setHint(SqlSupplierFacts.NATIVE, true).setParameter(1, value)
                .setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(r -> TenantId.of(String.valueOf(r)));
    }
}
