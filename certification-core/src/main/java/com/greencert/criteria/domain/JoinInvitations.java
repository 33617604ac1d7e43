package com.greencert.criteria.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.Optional;

/**
 * The buyer's invitations by e-mail (tenant-owned), and the two reads a link needs before anyone is signed in:
 * whose link a token is, and whether a company already joined from that address.
 */
public interface JoinInvitations {

    Optional<JoinInvitation> find(JoinInvitationId id);

    /** The buyer's invitation of this address for this set, whatever its state. */
    Optional<JoinInvitation> find(CriteriaSetId set, String email);

    /** The buyer's invitation whose token has this SHA-256 (read as the buyer, see {@link #buyerOf}). */
    Optional<JoinInvitation> byToken(String tokenHash);

    /** A page of the buyer's invitations by e-mail, newest first. */
    Page<JoinInvitation> sent(PageRequest page);

    /** Across buyers: the buyer whose link the token is. Nothing else of the row is read. */
    Optional<TenantId> buyerOf(String tokenHash);

    /** Across buyers: the supplier tenant a company opened through any buyer's link sent to this address. */
    Optional<TenantId> joinedFrom(String email);

    /** Writes the claim now: a second holder who claimed it at the same moment is refused (409, the link is used). */
    void claimed(JoinInvitation invitation);

    /** Adds it; two at once for the same address and set: one is refused (409). */
    void add(JoinInvitation invitation);
}
