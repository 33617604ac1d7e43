package com.greencert.criteria.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.InvitationAction;
import com.greencert.criteria.domain.InvitationId;
import com.greencert.criteria.domain.Invitations;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buyers invite suppliers to be measured against their criteria sets; suppliers accept or decline (docs/adr/0024).
 * A buyer reads only its own invitations, a supplier only those addressed to it: another party's invitation is as
 * unknown as none (404). Sending freezes the set's current version; each step is in the acting party's audit ledger,
 * and the other party is told by mail through the outbox.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    static final String SUBJECT = "invitation";

    @Inject
    Invitations invitations;

    @Inject
    CriteriaSetService sets;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /**
     * The buyer invites a supplier (an active supplier tenant, as the registry lists them) for a set; again after a
     * refusal, a withdrawal or the expiry, the same invitation is renewed. Refused (409) while one is pending or
     * accepted.
     */
    public InvitationSummary invite(CriteriaSetId setId, TenantId supplierId) {
        Caller caller = callers.requireAny(Role.BUYER);
        String setName = sets.get(setId).name();
        Tenant supplier = tenants.find(supplierId).filter(t -> t.type() == TenantType.SUPPLIER && !t.isSuspended())
                .orElseThrow(() -> new NotFoundException("supplier", supplierId));
        return send(caller.tenantId(), caller.username(), setId, setName, sets.markUsed(setId), supplier);
    }

    /**
     * The invitation a supplier finds once its company joined through the buyer's link (the system acts for the
     * buyer, whose tenant the caller is): as {@link #invite} by the person who sent the link, renewed if the supplier
     * was invited before, and left as it is while one waits for its answer or was accepted.
     */
    InvitationSummary inviteJoined(Caller system, String invitedBy, CriteriaSetId setId, String setName, TenantId supplierId) {
        Tenant supplier = tenant(supplierId);
        var open = invitations.find(setId, supplierId).filter(i -> i.stateOn(clock.instant()) == Invitation.State.PENDING
                || i.stateOn(clock.instant()) == Invitation.State.ACCEPTED);
        if (open.isPresent()) {
            return summary(open.get());
        }
        return send(system.tenantId(), invitedBy, setId, setName, sets.markUsedBy(system, setId), supplier);
    }

    private InvitationSummary send(TenantId buyerId, String by, CriteriaSetId setId, String setName, CriteriaVersion version,
            Tenant supplier) {
        TenantId supplierId = supplier.id();
        Invitation invitation = invitations.find(setId, supplierId).orElse(null);
        if (invitation == null) {
            invitation = new Invitation(InvitationId.newId(), buyerId, supplierId, setId, version.number(), by, clock);
            invitations.add(invitation);
        } else {
            invitation.renew(version.number(), by, clock);
        }
        audit.record(buyerId, "invitation.sent", SUBJECT, invitation.id().toString(),
                setName + " v" + version.number() + " to " + supplier.nameEn());
        Tenant buyer = tenant(buyerId);
        notifyOther(Role.SUPPLIER, supplierId, "invitation.received", buyer, setName, "/supplier/invitations");
        return summary(invitation, buyer, supplier, setName);
    }

    /** Active suppliers whose name or id contains the text, by English name (at most {@code limit}), for a picker. */
    public java.util.List<Tenant> suppliers(String text, int limit) {
        callers.requireAny(Role.BUYER);
        return tenants.active(TenantType.SUPPLIER, text, limit);
    }

    /** A page of the buyer's invitations, newest first. */
    public Page<InvitationSummary> sent(PageRequest page) {
        Caller caller = callers.requireAny(Role.BUYER);
        return invitations.sent(caller.tenantId(), page).map(this::summary);
    }

    /** A page of the invitations the supplier received, newest first. */
    public Page<InvitationSummary> received(PageRequest page) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        return invitations.received(caller.tenantId(), page).map(this::summary);
    }

    /** A page of what the caller's tenant sent (a buyer) or received (a supplier), newest first. */
    public Page<InvitationSummary> mine(PageRequest page) {
        Caller caller = callers.requireAny(Role.BUYER, Role.SUPPLIER);
        return caller.has(Role.BUYER) ? sent(page) : received(page);
    }

    /** The supplier accepts: from now on the buyer is shown its profile (products, facilities) for matching. */
    public InvitationSummary accept(InvitationId id) {
        return answer(id, true);
    }

    /** The supplier declines; the buyer sees only that it declined. */
    public InvitationSummary decline(InvitationId id) {
        return answer(id, false);
    }

    /** The buyer withdraws a pending or accepted invitation. */
    public InvitationSummary withdraw(InvitationId id) {
        Caller caller = callers.requireAny(Role.BUYER);
        Invitation invitation = sentBy(caller, id);
        invitation.withdraw(caller.username(), clock);
        audit.record(caller.tenantId(), "invitation.withdrawn", SUBJECT, id.toString(), "");
        return summary(invitation);
    }

    /** The invitation as its supplier sees it: refused (404) for anyone else, even the buyer. */
    Invitation receivedBy(Caller caller, InvitationId id) {
        Invitation invitation = find(id);
        if (!invitation.supplier().equals(caller.tenantId())) {
            throw new NotFoundException("invitation", id);
        }
        return invitation;
    }

    /** The invitation as its buyer sees it: refused (404) for anyone else. */
    Invitation sentBy(Caller caller, InvitationId id) {
        Invitation invitation = find(id);
        if (!invitation.buyer().equals(caller.tenantId())) {
            throw new NotFoundException("invitation", id);
        }
        return invitation;
    }

    InvitationSummary summary(Invitation invitation) {
        return summary(invitation, tenant(invitation.buyer()), tenant(invitation.supplier()),
                invitations.criteriaOf(invitation).name());
    }

    private InvitationSummary answer(InvitationId id, boolean accepted) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        Invitation invitation = receivedBy(caller, id);
        if (accepted) {
            invitation.accept(caller.username(), clock);
        } else {
            invitation.decline(caller.username(), clock);
        }
        InvitationSummary summary = summary(invitation);
        audit.record(caller.tenantId(), accepted ? "invitation.accepted" : "invitation.declined", SUBJECT,
                id.toString(), summary.setName() + " of " + summary.buyer().nameEn());
        notifyOther(Role.BUYER, invitation.buyer(), accepted ? "invitation.accepted" : "invitation.declined",
                summary.supplier(), summary.setName(), "/buyer/invitations");
        return summary;
    }

    /** The summary for the caller: the actions offered are those of the caller's side of the invitation. */
    private InvitationSummary summary(Invitation invitation, Tenant buyer, Tenant supplier, String setName) {
        InvitationAction.Party party = callers.require().tenantId().equals(invitation.buyer())
                ? InvitationAction.Party.BUYER : InvitationAction.Party.SUPPLIER;
        return new InvitationSummary(invitation, invitation.stateOn(clock.instant()), buyer, supplier, setName,
                invitation.actionsFor(party, clock.instant()));
    }

    private Invitation find(InvitationId id) {
        return invitations.find(id).orElseThrow(() -> new NotFoundException("invitation", id));
    }

    private Tenant tenant(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException("tenant", id));
    }

    /** Mails the other party's people of the role: who ({@code party}) did it, for which set. */
    private void notifyOther(Role role, TenantId to, String template, Tenant party, String setName, String path) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("party", party.nameEn());
        arguments.put("party.zh", party.displayName("zh"));
        arguments.put("set", setName);
        arguments.put("path", path);
        notifier.notify(Recipients.withRole(role, to), template, arguments);
    }
}
