package com.greencert.credential.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.Actor;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.AuditVisit;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.CoveredItem;
import com.greencert.certification.domain.Criterion;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Verdict;
import com.greencert.certification.service.ApplicationChanged;
import com.greencert.certification.service.ApplicationCommand;
import com.greencert.certification.service.ApplicationService;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.it.Stack;
import com.greencert.it.StackExtension;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The verifier's refusals that need a real body key, on the real stack (Payara Micro, MariaDB, the configured
 * key-encryption key): a certification granted here issues a credential in the decision's transaction; the
 * body's suspension, restoration, scope reduction and withdrawal through {@link ApplicationService} flip its
 * status; credentials re-signed with the body's own key carry crafted dates, scheme and context; a key
 * marked compromised fails what it signed. Each test uses a body of its own.
 */
@ExtendWith({StackExtension.class, ArquillianExtension.class})
class CredentialArquillianIT {

    static final TenantId SUPPLIER = TenantId.of("zhejiang-greenpower");

    @Deployment
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("greencert.war")))
                .addClasses(CredentialArquillianIT.class, StackExtension.class, Stack.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    @Inject
    CredentialVerification verification;

    @Inject
    SigningKeys keys;

    @Inject
    SigningKeyService keyService;

    @Inject
    PublicCredentials publicCredentials;

    @Inject
    ApplicationService applications;

    @Inject
    Credentials credentials;

    @Inject
    CallerContext callers;

    @Inject
    Event<ApplicationChanged> changes;

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void a_grant_issues_a_credential_that_verifies_and_is_published() throws Exception {
        Granted g = grant();
        VerificationReport report = verification.verify(g.credential.jws(), Locale.ENGLISH);
        assertThat(report.checks()).extracting(VerificationCheck::outcome).containsOnly(VerificationCheck.Outcome.PASSED);
        assertThat(g.credential.certificateNumber()).startsWith(g.body.value().toUpperCase().replace("-", "") + "-");
        assertThat(publicCredentials.didDocument(g.body.value())).get().asString().contains(g.credential.keyId(), "assertionMethod");
        assertThat(publicCredentials.statusList(g.body.value(), "revocation")).isPresent();
        assertThat(publicCredentials.credential(g.credential.id())).contains(g.credential.jws());
    }

    @Test
    void expired_not_yet_valid_not_accredited_and_unknown_context_with_a_valid_signature() throws Exception {
        Granted g = grant();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertReason(g, vc -> {
            vc.put("validFrom", today.minusYears(3) + "T00:00:00Z");
            vc.put("validUntil", today.minusDays(2) + "T23:59:59Z");
        }, "expired");
        assertReason(g, vc -> vc.put("validFrom", today.plusDays(10) + "T00:00:00Z"), "not-yet-valid");
        assertReason(g, vc -> Json.object(Json.object(vc.get("credentialSubject")).get("scope")).put("schemeCode", "NOT-ACCREDITED"),
                "not-accredited");
        assertReason(g, vc -> vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "https://evil.example/v1")),
                "unknown-context");
    }

    @Test
    void suspension_restoration_scope_reduction_and_withdrawal_through_the_real_decisions() throws Exception {
        Granted g = grant();
        asDecider(g.body);
        applications.act(g.app, null, new ApplicationCommand.Suspend("surveillance overdue"));
        VerificationReport suspended = verification.verify(g.credential.id(), Locale.ENGLISH);
        assertThat(suspended.reason()).contains("suspended");
        assertThat(suspended.checks()).filteredOn(c -> c.code().equals("suspension")).first()
                .satisfies(c -> assertThat(c.since()).isPresent());

        applications.act(g.app, null, new ApplicationCommand.Restore("surveillance held"));
        assertThat(verification.verify(g.credential.id(), Locale.ENGLISH).valid()).isTrue();

        applications.act(g.app, null, new ApplicationCommand.ReduceScope(List.of("p1"), "p2 discontinued"));
        assertThat(verification.verify(g.credential.id(), Locale.ENGLISH).reason()).contains("superseded");
        IssuedCredential next = credentials.ofApplication(g.app).getFirst();
        assertThat(next.id()).isNotEqualTo(g.credential.id());
        assertThat(verification.verify(next.id(), Locale.ENGLISH).valid()).isTrue();

        applications.act(g.app, null, new ApplicationCommand.Withdraw("fraud"));
        assertThat(verification.verify(next.id(), Locale.ENGLISH).reason()).contains("revoked");
    }

    @Test
    void a_key_marked_compromised_fails_what_it_signed() throws Exception {
        Granted g = grant();
        callers.set(new Caller(new UserId("it-admin"), "it-admin", null, g.body, Set.of(Role.TENANT_ADMIN)));
        SigningKeyView marked = keyService.markCompromised(g.credential.keyId(), "integration test");
        assertThat(marked.compromisedAt()).isPresent();
        assertThat(keyService.keys()).anyMatch(SigningKeyView::current);
        assertThat(verification.verify(g.credential.jws(), Locale.ENGLISH).reason()).contains("key-compromised");
    }

    // ---- a certification granted by a body of the test's own

    record Granted(TenantId body, ApplicationId app, IssuedCredential credential) {
    }

    private Granted grant() throws Exception {
        TenantId body = TenantId.of("it-body-" + UUID.randomUUID().toString().substring(0, 8));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Actor supplier = new Actor("it.supplier", null, SUPPLIER, Set.of(Role.SUPPLIER), false);
        Actor assessor = new Actor("it.assessor", null, body, Set.of(Role.ASSESSOR), false);
        Actor reviewer = new Actor("it.reviewer", null, body, Set.of(Role.REVIEWER), false);
        Actor decider = new Actor("it.decider", null, body, EnumSet.of(Role.DECISION_MAKER), false);
        asDecider(body);
        tx.begin();
        em.persist(new Tenant(body, "IT Certification " + body.value(), "集成测试认证", TenantType.CERTIFICATION_BODY, "CN",
                Instant.now()));
        Scheme scheme = new Scheme(SchemeId.newId(), body, "ITC", "Integration Test Scheme", "集成测试方案", 36, 12,
                List.of(new Criterion("SDS", "Safety data sheet", "安全技术说明书", Set.of(EvidenceType.SAFETY_DATA_SHEET), 36, null, null)),
                Instant.now());
        scheme.publish("it.admin", Instant.now());
        scheme.freeze();
        em.persist(scheme);
        em.persist(new Accreditation(body, "ITC", List.of("28", "38"), today.plusYears(1), today));
        em.flush(); // no mapped relation orders these inserts before the application's
        CertificationApplication app = new CertificationApplication(ApplicationId.newId(), supplier, scheme, Instant.now());
        app.cover(supplier, List.of(new CoveredItem(CoveredItem.Kind.PRODUCT, "p1", "Electrolyte LP-1", "382499"),
                new CoveredItem(CoveredItem.Kind.PRODUCT, "p2", "Electrolyte LP-2", "382499")),
                List.of(new CoveredItem(CoveredItem.Kind.FACILITY, "f1", "Huzhou plant", null)), Instant.now());
        app.attach(supplier, new com.greencert.certification.domain.AttachedEvidence(EvidenceId.newId(),
                EvidenceType.SAFETY_DATA_SHEET, "SDS", today.minusMonths(2), null), Instant.now());
        app.submit(supplier, scheme, today, Instant.now());
        app.accept(assessor, null, Instant.now());
        app.evaluation().reviewCriterion(assessor, scheme, "SDS", true, null, Instant.now());
        app.evaluation().planAudit(assessor, today.minusDays(2), "it.auditor", AuditVisit.Mode.ON_SITE, Instant.now());
        var report = new com.greencert.certification.domain.AttachedEvidence(EvidenceId.newId(), EvidenceType.AUDIT_REPORT,
                "On-site audit report", today.minusDays(1), null);
        app.evaluation().attachAuditReport(assessor, report, Instant.now());
        app.evaluation().recordAudit(assessor, today.minusDays(1), report.evidenceId(), today, Instant.now());
        app.evaluation().completeEvaluation(assessor, scheme, Instant.now());
        app.review(reviewer, Verdict.Outcome.GRANT, "all conform", Instant.now());
        app.decide(decider, Verdict.Outcome.GRANT, null, null, today, Instant.now());
        em.persist(app);
        em.flush();
        changes.fire(new ApplicationChanged(app.id(), SUPPLIER, body, "application.decide", app.storedStatus(),
                app.storedStatus(), "it.decider", body, null, Instant.now(), true));
        tx.commit();
        List<IssuedCredential> issued = credentials.ofApplication(app.id());
        assertThat(issued).hasSize(1);
        return new Granted(body, app.id(), issued.getFirst());
    }

    private void asDecider(TenantId body) {
        callers.set(new Caller(new UserId("it-decider"), "it.decider", null, body, Set.of(Role.DECISION_MAKER)));
    }

    private void assertReason(Granted g, Consumer<Map<String, Object>> edit, String reason) throws Exception {
        Map<String, Object> vc = new LinkedHashMap<>(CredentialJose.parse(g.credential.jws()).payload());
        edit.accept(vc);
        SigningKey key = credentials.key(g.credential.keyId()).orElseThrow();
        String crafted = keys.sign(key, CredentialJose.json(vc));
        VerificationReport report = verification.verify(crafted, Locale.ENGLISH);
        assertThat(report.reason()).as(report.summary()).contains(reason);
        if (!reason.equals("unknown-context")) {
            assertThat(report.checks()).filteredOn(c -> c.code().equals("signature")).first()
                    .extracting(VerificationCheck::outcome).isEqualTo(VerificationCheck.Outcome.PASSED);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
