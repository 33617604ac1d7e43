package com.greencert.criteria.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** Invitations as the caller's tenant sees them: those it sent as a buyer, or received as a supplier. */
public interface Invitations {

    Optional<Invitation> find(InvitationId id);

    /** The one invitation of this supplier for this set, whatever its state. */
    Optional<Invitation> find(CriteriaSetId set, TenantId supplier);

    /** Those the buyer sent for a set, oldest first. */
    List<Invitation> ofSet(CriteriaSetId set);

    /** A page of those the caller sent (as a buyer), newest first. */
    Page<Invitation> sent(TenantId buyer, PageRequest page);

    /** A page of those the caller received (as a supplier), newest first. */
    Page<Invitation> received(TenantId supplier, PageRequest page);

    /** The suppliers that accepted an invitation of the buyer (for any set): they show it their profile. */
    boolean accepted(TenantId buyer, TenantId supplier);

    /**
     * The name and current version of the set an invitation is for. The supplier cannot read the buyer's set
     * itself (it is the buyer's); a caller holding the invitation, read through the parties' filter, may read this.
     */
    InvitedCriteria criteriaOf(Invitation invitation);

    void add(Invitation invitation);
}
