package com.greencert.criteria.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaSets;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.Invitations;
import com.greencert.criteria.domain.KnownSchemes;
import com.greencert.criteria.domain.SchemeTitles;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A buyer's criteria sets (ADR 0023), for the buyer's own staff with the buyer role: another tenant's set is as
 * unknown here as none (404), anyone else is refused (403). Every version is checked whole and every scheme it
 * names must exist, each refusal naming the criterion; every change goes to the buyer's audit ledger.
 */
@ApplicationScoped
@Transactional
public class CriteriaSetService {

    static final String SUBJECT = "criteria-set";

    @Inject
    CriteriaSets sets;

    @Inject
    KnownSchemes schemes;

    @Inject
    SchemeTitles titles;

    @Inject
    Invitations invitations;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** A new set whose version 1, a draft, holds the criteria. */
    public CriteriaSet create(String name, List<Criterion> criteria) {
        Caller caller = callers.requireAny(Role.BUYER);
        CriteriaSet set = new CriteriaSet(CriteriaSetId.newId(), caller.tenantId(), name, criteria, clock);
        schemes.requireKnown(criteria);
        sets.add(set);
        audit.record(caller.tenantId(), "criteria.set.created", SUBJECT, set.id().toString(), set.name() + ": version 1");
        return set;
    }

    /** The published schemes a criterion may ask a credential of, each with its title in the language. */
    public java.util.Map<com.greencert.certification.domain.SchemeId, String> schemes(String language) {
        callers.requireAny(Role.BUYER);
        return titles.published(language);
    }

    /** One page of the buyer's sets, by name. */
    public Page<CriteriaSet> list(PageRequest page) {
        callers.requireAny(Role.BUYER);
        return sets.page(page);
    }

    public CriteriaSet get(CriteriaSetId id) {
        callers.requireAny(Role.BUYER);
        return own(id);
    }

    /** A version the set kept, by its number (a replaced draft is not kept). */
    public CriteriaVersion version(CriteriaSetId id, int number) {
        return get(id).version(number).orElseThrow(() -> new NotFoundException("criteria set version", id + " v" + number));
    }

    /**
     * Names the set and sets its criteria: an unused draft is replaced, a used version kept and the next one made;
     * the same criteria make no version. {@code expected}: the lock version the caller saw (If-Match), or null.
     */
    public CriteriaSet revise(CriteriaSetId id, Long expected, String name, List<Criterion> criteria) {
        Caller caller = callers.requireAny(Role.BUYER);
        CriteriaSet set = fresh(own(id), expected);
        CriteriaVersion prior = set.current();
        String oldName = set.name();
        set.rename(name);
        CriteriaVersion after = set.revise(criteria, clock);
        schemes.requireKnown(criteria);
        String what = after.number() > prior.number() ? "version " + after.number() + " added, version "
                + prior.number() + " kept" : after.equals(prior) ? "" : "version " + after.number() + " replaced";
        if (!oldName.equals(set.name())) {
            what = "renamed from " + oldName + (what.isEmpty() ? "" : "; " + what);
        }
        if (!what.isEmpty()) {
            audit.record(caller.tenantId(), "criteria.set.revised", SUBJECT, set.id().toString(), set.name() + ": " + what);
        }
        if (invitedOpenly(set)) {
            freeze(caller, set); // the invited suppliers are measured against the current version from now on
        }
        return set;
    }

    /**
     * Freezes the current version: an invitation or a match is made against it (the features that do so call
     * this; the API does not offer it).
     */
    public CriteriaVersion markUsed(CriteriaSetId id) {
        Caller caller = callers.requireAny(Role.BUYER);
        return freeze(caller, own(id));
    }

    /** The same as {@link #markUsed}, for a step the system takes for the buyer (a supplier joined through its link). */
    CriteriaVersion markUsedBy(Caller system, CriteriaSetId id) {
        return freeze(system, own(id));
    }

    /** Freezes the current version, recorded once in the buyer's ledger. */
    private CriteriaVersion freeze(Caller caller, CriteriaSet set) {
        boolean wasUsed = set.current().used();
        CriteriaVersion used = set.markUsed();
        if (!wasUsed) {
            audit.record(caller.tenantId(), "criteria.set.used", SUBJECT, set.id().toString(),
                    set.name() + ": version " + used.number());
        }
        return used;
    }

    /** Deletes a set none of whose versions was used. */
    public void delete(CriteriaSetId id, Long expected) {
        Caller caller = callers.requireAny(Role.BUYER);
        CriteriaSet set = fresh(own(id), expected);
        set.requireDeletable();
        sets.remove(set);
        audit.record(caller.tenantId(), "criteria.set.deleted", SUBJECT, set.id().toString(), set.name());
    }

    private boolean invitedOpenly(CriteriaSet set) {
        for (Invitation i : invitations.ofSet(set.id())) {
            Invitation.State state = i.stateOn(clock.instant());
            if (state == Invitation.State.PENDING || state == Invitation.State.ACCEPTED) {
                return true;
            }
        }
        return false;
    }

    private CriteriaSet own(CriteriaSetId id) {
        return sets.find(id).orElseThrow(() -> new NotFoundException("criteria set", id));
    }

    private static CriteriaSet fresh(CriteriaSet set, Long expected) {
        if (expected != null && expected != set.lockVersion()) {
            throw new RuleViolationException("criteria.set.stale", expected, set.lockVersion());
        }
        return set;
    }
}
