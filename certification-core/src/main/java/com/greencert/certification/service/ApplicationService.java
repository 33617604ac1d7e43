package com.greencert.certification.service;

import com.greencert.certification.domain.Actor;
import com.greencert.certification.domain.Appeal;
import com.greencert.certification.domain.AppealId;
import com.greencert.certification.domain.Appeals;
import com.greencert.certification.domain.ApplicationAction;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.PublicCertification;
import com.greencert.certification.domain.ConflictsOfInterest;
import com.greencert.certification.domain.EvidenceReliance;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Schemes;
import com.greencert.certification.domain.WorkQueue;
import com.greencert.certification.service.ApplicationCommand.*;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applications for certification, from the supplier's draft to the body's decision and the life of the
 * certificate after it. Every command goes through {@link #act}: find the application as the caller's
 * tenant sees it, check the version the caller saw, let the aggregate decide, then tell the rest of the
 * system ({@link ApplicationChanged}: audit trail, notifications).
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    @Inject
    Applications applications;

    @Inject
    Schemes schemes;

    @Inject
    Appeals appeals;

    @Inject
    ConflictsOfInterest conflicts;

    @Inject
    ApplicationScope scope;

    @Inject
    Tenants tenants;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    Event<ApplicationChanged> changes;

    /** A supplier starts a draft for a published scheme version; the version is frozen from now on. */
    public ApplicationDetails start(SchemeId schemeId) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        Scheme scheme = schemes.find(schemeId).orElseThrow(() -> new NotFoundException("scheme", schemeId));
        scheme.requirePublished();
        scope.requireAccredited(scheme, today());
        CertificationApplication app = new CertificationApplication(ApplicationId.newId(), actor(caller, null), scheme,
                clock.instant());
        scheme.freeze();
        applications.add(app);
        fire(app, ApplicationAction.EDIT, ApplicationStatus.DRAFT, caller, "started for " + scheme.code() + " v"
                + scheme.versionNo());
        return details(app, caller);
    }

    /** Does one thing to an application, if the caller saw its current version (null: whatever is current). */
    public ApplicationDetails act(ApplicationId id, Long expectedVersion, ApplicationCommand command) {
        Caller caller = callers.require();
        CertificationApplication app = load(id, caller);
        if (expectedVersion != null && expectedVersion != app.version()) {
            throw new RuleViolationException("application.stale", expectedVersion, app.version());
        }
        ApplicationStatus before = app.statusOn(today());
        Actor actor = actor(caller, app);
        String detail = apply(app, actor, command);
        fire(app, command.action(), before, caller, detail);
        return details(app, caller);
    }

    /** The supplier starts the next certification cycle from a certified (or expired) one. */
    public ApplicationDetails renew(ApplicationId id) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        CertificationApplication app = load(id, caller);
        Scheme current = schemes.find(app.schemeId()).orElseThrow();
        Scheme latest = schemes.latestPublished(current.body(), current.code()).orElse(current);
        scope.requireAccredited(latest, today());
        ApplicationStatus before = app.statusOn(today());
        CertificationApplication next = app.certification().renew(actor(caller, app), ApplicationId.newId(), latest, today(),
                clock.instant());
        latest.freeze();
        applications.add(next);
        fire(app, ApplicationAction.RENEW, before, caller, "renewal " + next.id());
        fire(next, ApplicationAction.EDIT, ApplicationStatus.DRAFT, caller, "renewal of " + app.id());
        return details(next, caller);
    }

    public ApplicationDetails get(ApplicationId id) {
        Caller caller = callers.require();
        return details(load(id, caller), caller);
    }

    /** Who may be named auditor of an application: the certification body's assessors. */
    public List<String> auditors(ApplicationId id) {
        Caller caller = callers.requireAny(Role.ASSESSOR);
        CertificationApplication app = load(id, caller);
        if (!app.body().equals(caller.tenantId())) {
            throw new NotFoundException("application", id);
        }
        return scope.auditors(app);
    }

    /** The audit reports the assessor may attach to the application: its body's own current ones not yet attached. */
    public List<com.greencert.evidence.service.EvidenceEntry> auditReports(ApplicationId id) {
        Caller caller = callers.requireAny(Role.ASSESSOR);
        CertificationApplication app = load(id, caller);
        if (!app.body().equals(caller.tenantId())) {
            throw new NotFoundException("application", id);
        }
        return scope.auditReports(app);
    }

    /**
     * One page of the caller's tenant's applications: a supplier's own, or those made to a body (sort keys
     * {@link Applications#SORT_UPDATED}, {@link Applications#SORT_STATUS}).
     */
    public Page<ApplicationSummary> list(PageRequest page) {
        callers.requireAny(Role.SUPPLIER, Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER);
        return summaries(applications.visible(page));
    }

    /** How many of the caller's tenant's open applications wait for that tenant (its side of the next step). */
    public long waitingOnCaller() {
        TenantId tenant = callers.require().tenantId();
        LocalDate today = today();
        return applications.open().stream().filter(a -> !a.statusOn(today).terminal())
                .filter(a -> a.nextStep(today).map(n -> tenant.equals(a.tenantOf(n.party()))).orElse(false))
                .count();
    }

    /** One page of one of the caller's certification body's work queues, the longest waiting first. */
    public Page<ApplicationSummary> queue(WorkQueue queue, PageRequest page) {
        callers.requireAny(Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER);
        return summaries(applications.inQueue(queue, today(), page));
    }

    /** The same page of each of the body's work queues (an application is in every queue it belongs to). */
    public Map<WorkQueue, Page<ApplicationSummary>> queues(PageRequest page) {
        Map<WorkQueue, Page<ApplicationSummary>> queues = new EnumMap<>(WorkQueue.class);
        for (WorkQueue q : WorkQueue.values()) {
            queues.put(q, queue(q, page));
        }
        return queues;
    }

    private Page<ApplicationSummary> summaries(Page<CertificationApplication> page) {
        Caller caller = callers.require();
        Map<SchemeId, Scheme> byId = new HashMap<>();
        Map<TenantId, PartyName> names = new HashMap<>();
        Map<TenantId, Boolean> conflicted = new HashMap<>();
        return page.map(a -> summary(a, byId.computeIfAbsent(a.schemeId(), id -> schemes.find(id).orElseThrow()), names,
                actor(caller, a, conflicted)));
    }

    private String apply(CertificationApplication app, Actor actor, ApplicationCommand command) {
        var now = clock.instant();
        LocalDate today = today();
        switch (command) {
            case Cover c -> app.cover(actor, scope.products(app, c.productIds(), today), scope.facilities(c.facilityIds()), now);
            case Attach a -> app.attach(actor, scope.attachable(app, a.evidence()), now);
            case Detach d -> {
                app.detach(actor, d.evidence(), now);
                scope.endAccess(app, Set.of(d.evidence()));
            }
            case Submit s -> {
                app.submit(actor, scheme(app), today, now);
                scope.shareSubmitted(app);
            }
            case Cancel c -> {
                app.cancel(actor, c.reason(), now);
                scope.endAccess(app, EvidenceReliance.shared(app));
            }
            case Accept a -> app.accept(actor, a.note(), now);
            case Return r -> app.returnForCompletion(actor, r.reason(), now);
            case ReviewCriterion r -> app.evaluation().reviewCriterion(actor, scheme(app), r.criterion(), r.conforms(), r.note(), now);
            case PlanAudit p -> app.evaluation().planAudit(actor, p.plannedOn(), scope.auditor(app, p.auditor()), p.mode(), now);
            case AttachAuditReport r -> app.evaluation().attachAuditReport(actor, scope.auditReport(app, r.report()), now);
            case RecordAudit r -> app.evaluation().recordAudit(actor, r.heldOn(), r.report(), today, now);
            case RaiseFinding f -> {
                return "finding " + app.evaluation().raiseFinding(actor, scheme(app), f.severity(), f.criterion(), f.description(),
                        f.dueOn(), today, now);
            }
            case CompleteEvaluation c -> app.evaluation().completeEvaluation(actor, scheme(app), now);
            case RespondToFinding r -> app.evaluation().respondToFinding(actor, r.finding(), r.correction(),
                    r.evidence() == null ? null : scope.shareWithBody(app, r.evidence()), now);
            case VerifyCorrection v -> app.evaluation().verifyCorrection(actor, v.finding(), v.effective(), v.note(), now);
            case CompleteVerification c -> app.evaluation().completeVerification(actor, now);
            case Review r -> app.review(actor, r.recommendation(), r.note(), now);
            case Decide d -> {
                app.decide(actor, d.outcome(), d.reason(), d.scope(), today, now);
                if (app.storedStatus() == ApplicationStatus.REFUSED) {
                    scope.endAccess(app, EvidenceReliance.shared(app));
                }
            }
            case RecordSurveillance s -> app.certification().recordSurveillance(actor, s.heldOn(), s.satisfactory(), s.note(), today, now);
            case Suspend s -> app.certification().suspend(actor, s.reason(), today, now);
            case Restore r -> app.certification().restore(actor, r.reason(), today, now);
            case Withdraw w -> app.certification().withdraw(actor, w.reason(), today, now);
            case ReduceScope r -> app.certification().reduceScope(actor, r.scope(), r.reason(), today, now);
        }
        return app.history().getLast().note().orElse(null);
    }

    CertificationApplication load(ApplicationId id, Caller caller) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("application", id));
    }

    Actor actor(Caller caller, CertificationApplication app) {
        return actor(caller, app, new HashMap<>());
    }

    /** The caller as an actor on the application; whether they declared a conflict, remembered per supplier. */
    private Actor actor(Caller caller, CertificationApplication app, Map<TenantId, Boolean> conflictedWith) {
        boolean conflicted = app != null && caller.tenantId().equals(app.body())
                && conflictedWith.computeIfAbsent(app.supplier(), s -> conflicts.declared(caller.username(), s));
        return new Actor(caller.username(), caller.displayName(), caller.tenantId(), caller.roles(), conflicted);
    }

    void fire(CertificationApplication app, ApplicationAction action, ApplicationStatus before, Caller caller,
            String detail) {
        fire(app, "application." + action.slug(), before, caller, detail);
    }

    void fire(CertificationApplication app, String event, ApplicationStatus before, Caller caller, String detail) {
        changes.fire(new ApplicationChanged(app.id(), app.supplier(), app.body(), event, before,
                app.statusOn(today()), caller.username(), caller.tenantId(), detail, clock.instant(), app.openToBody()));
    }

    /** A change seen from outside the application (a third party's complaint), on its public facts alone. */
    void fire(PublicCertification certification, String event, Caller caller, String detail) {
        ApplicationStatus status = certification.statusOn(today());
        changes.fire(new ApplicationChanged(certification.id(), certification.supplier(), certification.body(), event,
                status, status, caller.username(), caller.tenantId(), detail, clock.instant(), true));
    }

    private ApplicationDetails details(CertificationApplication app, Caller caller) {
        LocalDate today = today();
        Scheme scheme = scheme(app);
        ApplicationStatus status = app.statusOn(today);
        List<Appeal> appealList = appeals.ofApplication(app.id());
        Actor actor = actor(caller, app);
        Set<String> involved = app.certification().involvedInDecisions();
        Map<AppealId, List<Appeal.Action>> appealActions = new HashMap<>();
        appealList.forEach(a -> appealActions.put(a.id(), a.allowedActions(actor, involved)));
        return new ApplicationDetails(app, scheme, today, status, app.allowedActions(actor(caller, app), today),
                status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED ? app.missing(scheme, today) : List.of(),
                app.nextStep(today), appealList, appealActions, name(app.supplier(), new HashMap<>()),
                name(app.body(), new HashMap<>()), app.blocker(actor, today),
                // the report is the body's own: only its staff read its title. Asking as anyone else would make
                // EvidenceService (transactional) refuse, which marks this transaction rollback-only, and the
                // action being answered (a supplier's response to a finding) would be silently rolled back
                app.audit().report().filter(r -> caller.tenantId().equals(app.body())).flatMap(scope::reportTitle));
    }

    private ApplicationSummary summary(CertificationApplication a, Scheme s, Map<TenantId, PartyName> names, Actor reader) {
        LocalDate today = today();
        var next = a.nextStep(today);
        return new ApplicationSummary(a.id(), a.supplier(), a.body(), name(a.supplier(), names), name(a.body(), names), s.code(), s.versionNo(), s.nameEn(), a.statusOn(today),
                next, next.map(n -> n.overdue(today)).orElse(false) || a.overdueFindings(today),
                a.certificate().validUntil(), a.updatedAt(), a.version(), a.blocker(reader, today));
    }

    private PartyName name(TenantId tenant, Map<TenantId, PartyName> names) {
        return names.computeIfAbsent(tenant, t -> PartyName.of(t, tenants.find(t)));
    }

    private Scheme scheme(CertificationApplication app) {
        return schemes.find(app.schemeId()).orElseThrow(() -> new NotFoundException("scheme", app.schemeId()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
