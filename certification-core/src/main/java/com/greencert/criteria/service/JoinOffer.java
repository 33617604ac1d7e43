package com.greencert.criteria.service;

import com.greencert.criteria.domain.JoinInvitation;
import com.greencert.tenant.domain.Tenant;

/**
 * What an invitation link shows its holder before anyone signs in: who invites which company (at which address)
 * for which criteria set, in which language, and whether the link may still be used.
 */
public record JoinOffer(Tenant buyer, String setName, String companyName, String email, String language,
        JoinInvitation.State state) {
}
