package com.greencert.criteria.service;

import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.InvitationId;
import com.greencert.criteria.domain.Invitations;
import com.greencert.criteria.domain.InvitedCriteria;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Invitations in a list, for unit tests of the services (no parties' filter: the tests act as one buyer). */
final class InMemoryInvitations implements Invitations {

    final List<Invitation> stored = new ArrayList<>();

    @Override
    public Optional<Invitation> find(InvitationId id) {
        return stored.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Invitation> find(CriteriaSetId set, TenantId supplier) {
        return stored.stream().filter(i -> i.criteriaSet().equals(set) && i.supplier().equals(supplier)).findFirst();
    }

    @Override
    public List<Invitation> ofSet(CriteriaSetId set) {
        return stored.stream().filter(i -> i.criteriaSet().equals(set)).toList();
    }

    @Override
    public Page<Invitation> sent(TenantId buyer, PageRequest page) {
        return Page.of(stored.stream().filter(i -> i.buyer().equals(buyer)).toList(), page);
    }

    @Override
    public Page<Invitation> received(TenantId supplier, PageRequest page) {
        return Page.of(stored.stream().filter(i -> i.supplier().equals(supplier)).toList(), page);
    }

    @Override
    public boolean accepted(TenantId buyer, TenantId supplier) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public InvitedCriteria criteriaOf(Invitation invitation) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void add(Invitation invitation) {
        stored.add(invitation);
    }
}
