package com.greencert.demo;

import com.greencert.certification.domain.Actor;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.AttachedEvidence;
import com.greencert.certification.domain.AuditVisit;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.CoveredItem;
import com.greencert.certification.domain.Criterion;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.Schemes;
import com.greencert.certification.domain.Verdict;
import com.greencert.certification.service.ApplicationChanged;
import com.greencert.certification.service.ApplicationCommand;
import com.greencert.certification.service.ApplicationService;
import com.greencert.credential.domain.Credentials;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.caller.ActingAs;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Two certifications of SinoEco's "Green Chemistry Export — Silver" with their credentials, so a newcomer sees
 * a valid and a suspended credential on the verify page in the first minute: Zhejiang GreenPower's electrolyte
 * (granted) and Jiangsu Qingyuan's solvent blend (granted, then suspended by the body). Each application goes
 * through the workflow's real transitions — submitted, accepted, criteria reviewed, audit held, reviewed by
 * someone else, decided — and the decision's {@link ApplicationChanged} issues the credential as in production;
 * the suspension goes through {@link ApplicationService}. Seeded once.
 */
@ApplicationScoped
class DemoCertifications {

    private static final Logger LOG = Logger.getLogger(DemoCertifications.class.getName());
    static final TenantId GRANTED_SUPPLIER = TenantId.of("zhejiang-greenpower");
    static final TenantId SUSPENDED_SUPPLIER = TenantId.of("jiangsu-qingyuan");

    @Inject
    Applications applications;

    @Inject
    Schemes schemes;

    @Inject
    Credentials credentials;

    @Inject
    ApplicationService service;

    @Inject
    Event<ApplicationChanged> changes;

    @Inject
    ActingAs actingAs;

    @Inject
    Clock clock;

    @Inject
    DemoCertifications self;

    void seed() {
        if (!credentials.ofSupplier(GRANTED_SUPPLIER).isEmpty()) {
            return;
        }
        Set<Role> body = Set.of(Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER);
        try {
            actingAs.run(DemoData.seeder(DemoSchemes.BODY, body), () -> self.grant(GRANTED_SUPPLIER,
                    "LFP electrolyte LE-200", "382499", null, "Huzhou cell and pack plant"));
            actingAs.run(DemoData.seeder(DemoSchemes.BODY, body), () -> self.grant(SUSPENDED_SUPPLIER,
                    "Solvent blend SB-7", "381400", "UN1993", "Taixing chemical park site")
                    .ifPresent(id -> service.act(id, null, new ApplicationCommand.Suspend(
                            "Surveillance audit overdue: suspended until the audit is held"))));
            LOG.info("Demo certifications and credentials are in place (one valid, one suspended)");
        } catch (DomainException e) {
            LOG.warning(() -> "Demo credentials not seeded: " + e.getMessage());
        }
    }

    /** A certification of GCE-SILVER for one product and facility, granted today; its credential is issued. */
    @Transactional
    Optional<ApplicationId> grant(TenantId supplierTenant, String product, String hsCode, String unNumber,
            String facility) {
        Optional<Scheme> silver = schemes.latest(DemoSchemes.BODY, "GCE-SILVER");
        if (silver.isEmpty()) {
            return Optional.empty();
        }
        Scheme scheme = silver.get();
        LocalDate today = LocalDate.now(clock);
        Actor supplier = new Actor("demo.supplier", "Demo supplier", supplierTenant, Set.of(Role.SUPPLIER), false);
        Actor assessor = actor("chen.assessor", "Chen (demo assessor)", Role.ASSESSOR);
        Actor reviewer = actor("zhou.reviewer", "Zhou (demo reviewer)", Role.REVIEWER);
        Actor decider = actor("sun.decider", "Sun (demo decision maker)", Role.DECISION_MAKER);
        CertificationApplication app = new CertificationApplication(ApplicationId.newId(), supplier, scheme, now());
        app.cover(supplier, List.of(new CoveredItem(CoveredItem.Kind.PRODUCT, UUID.randomUUID().toString(), product, hsCode,
                unNumber)),
                List.of(new CoveredItem(CoveredItem.Kind.FACILITY, UUID.randomUUID().toString(), facility, null)), now());
        for (Criterion c : scheme.criteria()) {
            EvidenceType type = c.evidenceTypes().iterator().next();
            app.attach(supplier, new AttachedEvidence(EvidenceId.newId(), type, c.titleEn(), today.minusMonths(2), null), now());
        }
        app.submit(supplier, scheme, today, now());
        app.accept(assessor, "complete", now());
        for (Criterion c : scheme.criteria()) {
            app.evaluation().reviewCriterion(assessor, scheme, c.code(), true, null, now());
        }
        app.evaluation().planAudit(assessor, today.minusDays(3), "wu.auditor", AuditVisit.Mode.ON_SITE, now());
        AttachedEvidence report = new AttachedEvidence(EvidenceId.newId(), EvidenceType.AUDIT_REPORT, "On-site audit report",
                today.minusDays(1), null);
        app.evaluation().attachAuditReport(assessor, report, now());
        app.evaluation().recordAudit(assessor, today.minusDays(1), report.evidenceId(), today, now());
        app.evaluation().completeEvaluation(assessor, scheme, now());
        app.review(reviewer, Verdict.Outcome.GRANT, "all criteria conform", now());
        app.decide(decider, Verdict.Outcome.GRANT, null, null, today, now());
        applications.add(app);
        changes.fire(new ApplicationChanged(app.id(), supplierTenant, DemoSchemes.BODY, "application.decide",
                app.statusOn(today), app.statusOn(today), "sun.decider", DemoSchemes.BODY, "demo certification", now(), true));
        return Optional.of(app.id());
    }

    private static Actor actor(String username, String name, Role role) {
        return new Actor(username, name, DemoSchemes.BODY, Set.of(role), false);
    }

    private Instant now() {
        return clock.instant();
    }
}
