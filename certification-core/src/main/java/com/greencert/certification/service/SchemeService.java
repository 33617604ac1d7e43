package com.greencert.certification.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.Accreditations;
import com.greencert.certification.domain.ConflictOfInterest;
import com.greencert.certification.domain.ConflictsOfInterest;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Schemes;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RuleViolationException;
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
import java.time.LocalDate;
import java.util.List;

/**
 * A certification body's schemes (written by its tenant admins, read by everyone: suppliers choose from
 * them), its accreditation scope, and its staff's declared conflicts of interest.
 */
@ApplicationScoped
@Transactional
public class SchemeService {

    @Inject
    Schemes schemes;

    @Inject
    Accreditations accreditations;

    @Inject
    ConflictsOfInterest conflicts;

    @Inject
    Tenants tenants;

    @Inject
    ApplicationScope scope;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private static final String SUBJECT = "scheme";

    public Scheme create(SchemeDraft draft) {
        Caller caller = bodyAdmin();
        if (schemes.latest(caller.tenantId(), draft.code() == null ? "" : draft.code().strip().toUpperCase()).isPresent()) {
            throw new RuleViolationException("scheme.code.taken", draft.code());
        }
        Scheme scheme = new Scheme(SchemeId.newId(), caller.tenantId(), draft.code(), draft.nameEn(), draft.nameZh(),
                draft.validityMonths(), draft.surveillanceMonths(), draft.criteria(), clock.instant());
        schemes.add(scheme);
        record(caller, "scheme.created", scheme);
        return scheme;
    }

    /** Changes a draft version (a published one is frozen: its changes go into a new version). */
    public Scheme revise(SchemeId id, SchemeDraft draft) {
        Caller caller = bodyAdmin();
        Scheme scheme = own(id, caller);
        scheme.revise(draft.nameEn(), draft.nameZh(), draft.validityMonths(), draft.surveillanceMonths(), draft.criteria());
        record(caller, "scheme.revised", scheme);
        return scheme;
    }

    /** Starts the next version of a scheme, a draft copied from its latest one (refused while that is a draft). */
    public Scheme nextVersion(SchemeId id) {
        Caller caller = bodyAdmin();
        Scheme scheme = own(id, caller);
        Scheme latest = schemes.latest(caller.tenantId(), scheme.code()).orElse(scheme);
        Scheme next = latest.nextVersion(SchemeId.newId(), latest.versionNo() + 1, clock.instant());
        schemes.add(next);
        record(caller, "scheme.version.started", next);
        return next;
    }

    /**
     * Publishes a draft version of the caller's body: from now on suppliers are offered it (where the body is
     * accredited) and may apply for it, and it cannot change. Refused (409) when it is published already.
     */
    public Scheme publish(SchemeId id) {
        Caller caller = bodyAdmin();
        Scheme scheme = own(id, caller);
        scheme.publish(caller.username(), clock.instant());
        record(caller, "scheme.published", scheme);
        return scheme;
    }

    /** A body's own schemes (drafts too) for its staff; every body's published versions for anyone else. */
    public Page<Scheme> list(PageRequest page) {
        Caller caller = callers.require();
        return isBody(caller.tenantId()) ? schemes.ofBody(caller.tenantId(), page) : schemes.published(page);
    }

    /**
     * The scheme versions a supplier may apply for: the published ones of certification bodies accredited for the
     * scheme on the day, each named with its body's name; the same rules {@link ApplicationService#start} enforces.
     */
    public List<SchemeChoice> offered() {
        callers.requireAny(Role.SUPPLIER);
        LocalDate today = LocalDate.now(clock);
        java.util.Map<TenantId, java.util.Optional<Tenant>> bodies = new java.util.HashMap<>();
        return schemes.published(PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream()
                .filter(s -> bodies.computeIfAbsent(s.body(), tenants::find).map(Tenant::type)
                        .filter(t -> t == TenantType.CERTIFICATION_BODY).isPresent())
                .filter(s -> scope.accredited(s, today))
                .map(s -> new SchemeChoice(s, PartyName.of(s.body(), bodies.get(s.body())))).toList();
    }

    /** {@link #offered()} a page at a time (the offer is short: published versions of accredited bodies). */
    public Page<SchemeChoice> offered(PageRequest page) {
        return Page.of(offered(), page);
    }

    /** A published version for anyone; a draft only for its own body's staff (to anyone else it is unknown). */
    public Scheme get(SchemeId id) {
        Caller caller = callers.require();
        return schemes.find(id).filter(s -> s.published() || s.body().equals(caller.tenantId()))
                .orElseThrow(() -> new NotFoundException("scheme", id));
    }

    /**
     * Records an accreditation of the caller's body for one of its own schemes. Refused when the body has no
     * scheme of that code (another body's scheme is as unknown here as none), or is accredited for it in one of the chapters already (see ADR 0011).
     */
    public Accreditation accredit(String schemeCode, List<String> hsChapters, LocalDate validUntil) {
        Caller caller = bodyAdmin();
        LocalDate today = LocalDate.now(clock);
        Accreditation a = new Accreditation(caller.tenantId(), schemeCode, hsChapters, validUntil, today);
        if (schemes.latest(caller.tenantId(), a.schemeCode()).isEmpty()) {
            throw new InvalidInputException("accreditation.scheme.unknown", a.schemeCode(), caller.tenantId());
        }
        for (Accreditation existing : accreditations.ofBody(caller.tenantId())) {
            List<String> shared = existing.overlapWith(a, today);
            if (!shared.isEmpty()) {
                throw new RuleViolationException("accreditation.duplicate", caller.tenantId(), a.schemeCode(),
                        String.join(", ", shared));
            }
        }
        accreditations.add(a);
        return a;
    }

    /** A body's accreditation scope (public: suppliers see what a body may certify). */
    public Page<Accreditation> accreditations(TenantId body, PageRequest page) {
        callers.require();
        return accreditations.ofBody(body, page);
    }

    /**
     * A staff member declares a conflict of interest with a supplier; from now on they cannot act on its files.
     * A second active declaration against the same supplier is refused (409): the first one still binds.
     */
    public ConflictEntry declareConflict(TenantId supplier, String reason) {
        Caller caller = callers.requireAny(Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER);
        Tenant t = tenants.find(supplier).filter(x -> x.type() == TenantType.SUPPLIER)
                .orElseThrow(() -> new NotFoundException("supplier", supplier));
        if (conflicts.declared(caller.username(), supplier)) {
            throw new RuleViolationException("conflict.duplicate", t.nameEn());
        }
        ConflictOfInterest c = new ConflictOfInterest(caller.tenantId(), caller.username(), supplier, reason, clock.instant());
        conflicts.add(c);
        return new ConflictEntry(c, PartyName.of(supplier, java.util.Optional.of(t)));
    }

    /**
     * Ends a declaration (dated, kept in the history): the person who declared it, or a tenant administrator of
     * the body. Another body's declaration is as unknown here as none (404); someone else's is refused (403).
     */
    public ConflictEntry endConflict(String id, String reason) {
        Caller caller = callers.requireAny(Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER, Role.TENANT_ADMIN);
        ConflictOfInterest c = conflicts.find(id).filter(x -> x.body().equals(caller.tenantId()))
                .orElseThrow(() -> new NotFoundException("conflict", id));
        if (!c.username().equals(caller.username()) && !caller.has(Role.TENANT_ADMIN)) {
            throw new com.greencert.shared.domain.AccessDeniedException("conflict.end.not.own");
        }
        c.end(caller.username(), reason, clock.instant());
        return entry(c);
    }

    /** The body's declared conflicts: all of them for its administrators, one's own for everyone else; ended ones too. */
    public Page<ConflictEntry> conflicts(PageRequest page) {
        Caller caller = callers.requireAny(Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER, Role.TENANT_ADMIN);
        return conflicts.all(caller.has(Role.TENANT_ADMIN) ? null : caller.username(), page).map(this::entry);
    }

    /** Suppliers whose name or id contains the text, by English name (at most {@code limit}), for a picker. */
    public List<SupplierChoice> suppliers(String text, int limit) {
        callers.requireAny(Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER, Role.TENANT_ADMIN);
        return tenants.active(TenantType.SUPPLIER, text, limit).stream()
                .map(x -> new SupplierChoice(x.id(), PartyName.of(x.id(), java.util.Optional.of(x)))).toList();
    }

    private ConflictEntry entry(ConflictOfInterest c) {
        return new ConflictEntry(c, PartyName.of(c.supplier(), tenants.find(c.supplier())));
    }

    private void record(Caller caller, String action, Scheme scheme) {
        audit.record(caller.tenantId(), action, SUBJECT, scheme.id().toString(), scheme.code() + " v" + scheme.versionNo());
    }

    private Scheme own(SchemeId id, Caller caller) {
        return schemes.find(id).filter(s -> s.body().equals(caller.tenantId()))
                .orElseThrow(() -> new NotFoundException("scheme", id));
    }

    private Caller bodyAdmin() {
        Caller caller = callers.requireAny(Role.TENANT_ADMIN);
        if (!isBody(caller.tenantId())) {
            throw new com.greencert.shared.domain.AccessDeniedException("scheme.body.only");
        }
        return caller;
    }

    private boolean isBody(TenantId tenant) {
        return tenants.find(tenant).map(Tenant::type).filter(t -> t == TenantType.CERTIFICATION_BODY).isPresent();
    }
}
