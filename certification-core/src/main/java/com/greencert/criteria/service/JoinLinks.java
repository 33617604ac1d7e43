package com.greencert.criteria.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.CriteriaSets;
import com.greencert.criteria.domain.JoinInvitation;
import com.greencert.criteria.domain.JoinInvitations;
import com.greencert.criteria.domain.JoinToken;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * The steps of following a link, each in its own transaction, for {@link JoiningService}: the token is the holder's
 * only credential, and the caller is the system acting for the link's buyer (so the buyer's rows are what is read).
 */
@ApplicationScoped
@Transactional
public class JoinLinks {

    @Inject
    JoinInvitations joins;

    @Inject
    InvitationService invitations;

    @Inject
    CriteriaSets criteriaSets;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** Whose link it is (read without a tenant: nobody is signed in yet). */
    public Optional<TenantId> buyerOf(JoinToken token) {
        return joins.buyerOf(token.hash());
    }

    /** Across buyers: the company that joined already from a link to this address. */
    public Optional<TenantId> joinedFrom(String email) {
        return joins.joinedFrom(email);
    }

    public JoinOffer offer(JoinToken token) {
        JoinInvitation join = link(token);
        return new JoinOffer(tenants.find(join.buyer()).orElseThrow(), setName(join), join.companyName(), join.email(),
                join.language(), join.stateOn(clock.instant()));
    }

    /** Takes the link for this holder: refused (with the reason) unless open, and for a second holder at once. */
    public JoinInvitation claim(JoinToken token) {
        JoinInvitation join = link(token);
        join.claim(clock);
        joins.claimed(join);
        return join;
    }

    /** Gives the link back after opening the portal failed: it may be followed again. */
    public void release(JoinToken token) {
        link(token).release();
    }

    /** The company joined as the supplier: the buyer's request waits in its invitations; both ledgers say so. */
    public InvitationSummary joined(JoinToken token, TenantId supplier) {
        JoinInvitation join = link(token);
        join.joinedAs(supplier);
        Caller system = callers.require();
        InvitationSummary invitation = invitations.inviteJoined(system, join.invitedBy(), join.criteriaSet(), setName(join),
                supplier);
        audit.record(join.buyer(), "invitation.joined", InvitationService.SUBJECT, join.id().toString(),
                join.companyName() + " joined as " + supplier);
        audit.record(supplier, "tenant.joined", InvitationService.SUBJECT, invitation.invitation().id().toString(),
                "through the invitation of " + invitation.buyer().nameEn());
        return invitation;
    }

    private JoinInvitation link(JoinToken token) {
        return joins.byToken(token.hash()).orElseThrow(() -> NotFoundException.because("join.link.unknown"));
    }

    private String setName(JoinInvitation join) {
        return criteriaSets.find(join.criteriaSet()).map(CriteriaSet::name)
                .orElseThrow(() -> NotFoundException.because("join.link.unknown"));
    }
}
