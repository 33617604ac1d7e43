package com.greencert.criteria.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.JoinInvitation;
import com.greencert.criteria.domain.JoinInvitationId;
import com.greencert.criteria.domain.JoinInvitations;
import com.greencert.criteria.domain.JoinToken;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A buyer invites, by e-mail, a supplier that is not on the portal yet (docs/adr/0026): the address gets a link, in the
 * language the buyer chose, through the outbox; the buyer lists its links and withdraws an open one. What happens
 * when the link is followed is {@link JoiningService}'s.
 */
@ApplicationScoped
@Transactional
public class JoinInvitationService {

    @Inject
    JoinInvitations joins;

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
     * Sends the link; again after a withdrawal or the expiry, with a new token. Refused (409) while the address has an
     * open link for the set, or once a company joined from it.
     */
    public JoinInvitationSummary invite(CriteriaSetId setId, String email, String companyName, String language) {
        Caller caller = callers.requireAny(Role.BUYER);
        String setName = sets.get(setId).name();
        String address = JoinInvitation.address(email);
        sets.markUsed(setId); // as an invitation does: the version sent is frozen, and the set can no longer be deleted
        JoinToken token = JoinToken.generate();
        JoinInvitation join = joins.find(setId, address).orElse(null);
        if (join == null) {
            join = new JoinInvitation(JoinInvitationId.newId(), caller.tenantId(), setId, address, companyName, language,
                    token, caller.username(), clock);
            joins.add(join);
        } else {
            join.renew(companyName, language, token, caller.username(), clock);
        }
        audit.record(caller.tenantId(), "invitation.mailed", InvitationService.SUBJECT, join.id().toString(),
                setName + " to " + join.companyName() + " <" + address + ">");
        Tenant buyer = tenants.find(caller.tenantId()).orElseThrow();
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("party", buyer.nameEn());
        arguments.put("party.zh", buyer.displayName("zh"));
        arguments.put("company", join.companyName());
        arguments.put("set", setName);
        arguments.put("days", String.valueOf(com.greencert.criteria.domain.Invitation.VALID_FOR.toDays()));
        arguments.put("path", token.path());
        notifier.notify(Recipients.address(address, join.language()), "invitation.join", arguments);
        return summary(join, setName);
    }

    /** A page of the buyer's invitations by e-mail, newest first. */
    public Page<JoinInvitationSummary> sent(PageRequest page) {
        callers.requireAny(Role.BUYER);
        return joins.sent(page).map(j -> summary(j, sets.get(j.criteriaSet()).name()));
    }

    /** The buyer withdraws an open link: it is refused from now on, with a page that says so. */
    public JoinInvitationSummary withdraw(JoinInvitationId id) {
        Caller caller = callers.requireAny(Role.BUYER);
        JoinInvitation join = joins.find(id).orElseThrow(() -> new NotFoundException("invitation", id));
        join.withdraw(clock);
        audit.record(caller.tenantId(), "invitation.withdrawn", InvitationService.SUBJECT, id.toString(), join.email());
        return summary(join, sets.get(join.criteriaSet()).name());
    }

    private JoinInvitationSummary summary(JoinInvitation join, String setName) {
        return new JoinInvitationSummary(join, join.stateOn(clock.instant()), setName,
                join.supplier().flatMap(tenants::find));
    }
}
