package com.greencert.credential.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.certification.domain.CertifiedFixture;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.StatusBits;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.shared.domain.RuleViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issuance and status follow the certification's decisions; verification reports each. */
class CredentialLifecycleTest {

    final CredentialHarness h = new CredentialHarness();

    @Test
    @SuppressWarnings("unchecked")
    void a_grant_issues_a_numbered_untp_conformity_credential_that_verifies() throws Exception {
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");

        assertThat(h.credentials.issued).hasSize(1);
        IssuedCredential c = h.credentials.issued.getFirst();
        assertThat(c.certificateNumber()).isEqualTo("SINOECOCERT-GCEGOLD-2026-000001");
        assertThat(c.keyId()).isEqualTo("did:web:localhost%3A8080:bodies:sinoeco-cert#key-1");
        assertThat(h.audit).anyMatch(a -> a.contains("credential.key.created")).anyMatch(a -> a.contains("credential.issued"))
                .noneMatch(a -> a.contains("sealed"));

        Map<String, Object> vc = CredentialJose.parse(c.jws()).payload();
        assertThat((List<Object>) vc.get("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://test.uncefact.org/vocabulary/untp/dcc/0.6.0/");
        assertThat((List<Object>) vc.get("type")).contains("VerifiableCredential", "DigitalConformityCredential");
        assertThat(vc.get("validFrom")).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(vc.get("validUntil")).isEqualTo("2029-03-01T23:59:59Z");
        String json = CredentialJose.json(vc);
        assertThat(json).contains("\"certificateNumber\":\"SINOECOCERT-GCEGOLD-2026-000001\"", "BitstringStatusListEntry",
                "\"statusPurpose\":\"revocation\"", "\"statusPurpose\":\"suspension\"", "浙江绿能有限公司", "\"conformance\":false",
                "Green Chemistry Export", "\"@language\":\"zh-CN\"", "ConformityAttestation", "assessedProduct", "assessedFacility");

        VerificationReport report = h.verification.verify(c.jws(), Locale.ENGLISH);
        assertThat(report.checks()).extracting(VerificationCheck::outcome).containsOnly(VerificationCheck.Outcome.PASSED);
        assertThat(report.valid()).isTrue();
        assertThat(report.checks()).extracting(VerificationCheck::code).containsExactlyElementsOf(CredentialVerification.CHECKS);
        assertThat(report.summary()).contains("SINOECOCERT-GCEGOLD-2026-000001", "SinoEco Certification", "Zhejiang GreenPower");
        assertThat(report.credential()).get().extracting(CredentialSummary::state).isEqualTo(CredentialState.VALID);
        assertThat(report.supplier()).contains(CredentialHarness.SUPPLIER);
        assertThat(h.verification.verify("{\"credential\":\"" + c.jws() + "\"}", Locale.ENGLISH).valid()).isTrue();

        h.changed(f, "application.record-surveillance");
        assertThat(h.credentials.issued).as("nothing changed, nothing issued").hasSize(1);
    }

    @Test
    void suspension_restoration_and_withdrawal_flip_the_bits_with_their_dates() {
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        IssuedCredential c = h.credentials.issued.getFirst();

        h.changed(f.suspend(), "application.suspend");
        VerificationReport suspended = h.verification.verify(c.id(), Locale.ENGLISH);
        assertThat(suspended.reason()).contains("suspended");
        VerificationCheck check = check(suspended, "suspension");
        assertThat(check.since()).contains(h.clock.instant());
        assertThat(check.message()).contains("suspended since 2026-03-02");
        assertThat(check(h.verification.verify(c.id(), Locale.SIMPLIFIED_CHINESE), "suspension").message()).contains("暂停");
        assertThat(published("suspension").get(c.statusIndex())).isTrue();

        h.changed(f.restore(), "application.restore");
        assertThat(h.verification.verify(c.id(), Locale.ENGLISH).valid()).isTrue();
        assertThat(published("suspension").get(c.statusIndex())).isFalse();
        assertThat(h.credentials.issued).as("restoring a suspension keeps the credential").hasSize(1);

        h.changed(f.withdraw(), "application.withdraw");
        assertThat(h.credentialChanges.fired).as("each change is news for the public registry")
                .extracting(CredentialChanged::what).containsExactly("credential.issued", "credential.suspended",
                        "credential.restored", "credential.revoked");
        assertThat(h.credentialChanges.fired).extracting(CredentialChanged::supplier).containsOnly(CredentialHarness.SUPPLIER);
        VerificationReport revoked = h.verification.verify(c.id(), Locale.ENGLISH);
        assertThat(revoked.reason()).contains("revoked");
        assertThat(check(revoked, "revocation").since()).isPresent();
        assertThat(published("revocation").get(c.statusIndex())).isTrue();
        assertThat(h.audit).anyMatch(a -> a.contains("credential.suspended")).anyMatch(a -> a.contains("credential.restored"))
                .anyMatch(a -> a.contains("credential.revoked"));
    }

    @Test
    void a_scope_reduction_issues_a_new_credential_and_supersedes_the_old() {
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        IssuedCredential old = h.credentials.issued.getFirst();
        h.clock.set(h.clock.instant().plusSeconds(60));

        h.changed(f.reduceScope(), "application.reduce-scope");
        assertThat(h.credentials.issued).hasSize(2);
        IssuedCredential fresh = h.credentials.ofApplication(f.app().id()).getFirst();
        assertThat(fresh.certificateNumber()).endsWith("-000002");
        assertThat(fresh.statusIndex()).isNotEqualTo(old.statusIndex());
        assertThat(old.supersededBy()).contains(fresh.id());

        VerificationReport report = h.verification.verify(old.jws(), Locale.ENGLISH);
        assertThat(report.reason()).contains("superseded");
        assertThat(check(report, "revocation").reason()).contains("revoked");
        assertThat(h.verification.verify(fresh.jws(), Locale.ENGLISH).valid()).isTrue();
        assertThat(h.service.ofApplication(f.app().id())).extracting(CredentialSummary::state)
                .containsExactly(CredentialState.VALID, CredentialState.SUPERSEDED);
        // the public registry's batch read: the newest number and its live state, per application
        assertThat(h.publicCredentials.newestOf(List.of(f.app().id()), java.time.LocalDate.now(h.clock)))
                .containsExactly(Map.entry(f.app().id(), new CertificateStanding(fresh.certificateNumber(), CredentialState.VALID)));
        assertThat(h.credentialChanges.fired).extracting(CredentialChanged::what)
                .containsExactly("credential.issued", "credential.issued", "credential.superseded");
    }

    @Test
    void a_renewal_granted_issues_the_next_cycle_and_supersedes_the_previous_credential() {
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        IssuedCredential old = h.credentials.issued.getFirst();
        h.clock.set(h.clock.instant().plusSeconds(60));

        CertifiedFixture next = f.renewedAndGranted();
        h.changed(next, "application.decide");
        IssuedCredential fresh = h.credentials.ofApplication(next.app().id()).getFirst();
        assertThat(old.supersededBy()).contains(fresh.id());
        assertThat(h.verification.verify(old.jws(), Locale.ENGLISH).reason()).contains("superseded");
        assertThat(h.verification.verify(fresh.jws(), Locale.ENGLISH).valid()).isTrue();

        h.changed(f, "application.record-surveillance");
        assertThat(h.credentials.ofApplication(f.app().id())).as("the renewed cycle's credential is not re-issued").hasSize(1);
    }

    @Test
    void a_first_key_made_during_the_issuance_is_in_service_at_the_credentials_iat_on_a_slow_clock() {
        h.clock.tick = java.time.Duration.ofMillis(700);
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        h.clock.tick = java.time.Duration.ZERO;
        IssuedCredential c = h.credentials.issued.getFirst();
        assertThat(h.verification.verify(c.jws(), Locale.ENGLISH).valid()).isTrue();
    }

    @Test
    void validity_follows_the_clock() {
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        IssuedCredential c = h.credentials.issued.getFirst();

        h.clock.set(c.validUntil().plusDays(1));
        VerificationReport expired = h.verification.verify(c.jws(), Locale.ENGLISH);
        assertThat(expired.reason()).contains("expired");
        assertThat(check(expired, "validity").message()).contains("2029-03-01");

        h.clock.set(c.validFrom().minusDays(1));
        assertThat(h.verification.verify(c.jws(), Locale.ENGLISH).reason()).contains("not-yet-valid");
    }

    @Test
    void an_issuer_no_longer_accredited_on_the_issue_date_fails_accreditation() {
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        h.accreditationList.clear();
        h.trust.clear();
        VerificationReport report = h.verification.verify(h.credentials.issued.getFirst().jws(), Locale.ENGLISH);
        assertThat(report.reason()).contains("not-accredited");
        assertThat(report.valid()).isFalse();
    }

    @Test
    void rotation_keeps_old_credentials_valid_and_a_compromised_key_fails_what_it_signed() {
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        IssuedCredential first = h.credentials.issued.getFirst();
        h.clock.set(h.clock.instant().plusSeconds(3600));

        SigningKeyView rotated = h.keyService.rotate();
        assertThat(rotated.keyId()).endsWith("#key-2");
        assertThat(rotated.current()).isTrue();
        assertThat(h.verification.verify(first.jws(), Locale.ENGLISH).valid()).as("old key still verifies its own").isTrue();
        assertThat(h.keyService.keys()).extracting(SigningKeyView::current).containsExactly(true, false);
        assertThat(h.keyService.keys().get(1).credentialsSigned()).isEqualTo(1);

        h.clock.set(h.clock.instant().plusSeconds(60));
        h.changed(f.reduceScope(), "application.reduce-scope");
        IssuedCredential second = h.credentials.ofApplication(f.app().id()).getFirst();
        assertThat(second.keyId()).endsWith("#key-2");

        h.keyService.markCompromised(first.keyId(), "laptop stolen");
        VerificationReport report = h.verification.verify(first.jws(), Locale.ENGLISH);
        assertThat(report.reason()).contains("key-compromised");
        assertThat(h.verification.verify(second.jws(), Locale.ENGLISH).valid()).isTrue();
        assertThat(h.publicCredentials.didDocument("sinoeco-cert")).get().asString()
                .contains("#key-2", "assertionMethod", "JsonWebKey").doesNotContain("#key-1\"");
        assertThatThrownBy(() -> h.keyService.markCompromised(first.keyId(), " ")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void without_a_key_encryption_key_nothing_is_issued_and_the_decision_fails_clearly() {
        h.kek = null;
        CertifiedFixture f = CertifiedFixture.granted();
        assertThatThrownBy(() -> h.changed(f, "application.decide")).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo("credential.kek.missing");
    }

    @Test
    void es256_is_the_configured_alternative() {
        h.algorithm = "ES256";
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        IssuedCredential c = h.credentials.issued.getFirst();
        assertThat(CredentialJoseHeaders.alg(c.jws())).isEqualTo("ES256");
        assertThat(h.verification.verify(c.jws(), Locale.ENGLISH).valid()).isTrue();
    }

    @Test
    void the_parties_download_the_credential_as_jwt_and_json_and_others_find_nothing() {
        CertifiedFixture f = CertifiedFixture.granted();
        h.changed(f, "application.decide");
        IssuedCredential c = h.credentials.issued.getFirst();

        CredentialDownload jwt = h.service.download(c.id(), CredentialFormat.JWT, Locale.ENGLISH);
        assertThat(jwt.fileName()).isEqualTo(c.certificateNumber() + ".jwt");
        assertThat(jwt.mediaType()).isEqualTo("application/vc+jwt");
        assertThat(new String(jwt.content(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(c.jws());
        String json = new String(h.service.download(c.id(), CredentialFormat.JSON, Locale.ENGLISH).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\n  \"credentialSubject\"", "浙江绿能有限公司");
        assertThat(h.service.document(c).verifyUrl()).isEqualTo("http://localhost:8080/verify/" + c.id());
        assertThat(h.service.document(c).products()).extracting(p -> p.name()).containsExactly("p1", "p2");
        assertThat(h.service.newest(List.of(f.app().id()))).containsKey(f.app().id());

        h.callers.set(new com.greencert.shared.caller.Caller(new com.greencert.shared.domain.UserId("x"), "x", null,
                com.greencert.shared.domain.TenantId.of("ningbo-rival-chem"), java.util.Set.of(com.greencert.shared.caller.Role.SUPPLIER)));
        assertThatThrownBy(() -> h.service.download(c.id(), CredentialFormat.JWT, Locale.ENGLISH))
                .isInstanceOf(com.greencert.shared.domain.NotFoundException.class);
        assertThat(h.service.newest(List.of(f.app().id()))).isEmpty();
        assertThatThrownBy(() -> h.keyService.rotate()).isInstanceOf(com.greencert.shared.domain.AccessDeniedException.class);
        assertThat(h.publicCredentials.supplier(CredentialHarness.SUPPLIER, Locale.SIMPLIFIED_CHINESE)).get()
                .satisfies(p -> {
                    assertThat(p.displayName()).isEqualTo("浙江绿能有限公司");
                    assertThat(p.credentials()).extracting(CredentialSummary::state).containsExactly(CredentialState.VALID);
                    assertThat(p.registeredAddress()).isEmpty();
                });
        assertThat(h.publicCredentials.supplier(CredentialHarness.BODY, Locale.ENGLISH)).isEmpty();
        assertThat(h.publicCredentials.statusList("sinoeco-cert", "other")).isEmpty();
        assertThat(h.publicCredentials.didDocument("nobody")).isEmpty();
    }

    private StatusBits published(String purpose) {
        String jwt = h.publicCredentials.statusList("sinoeco-cert", purpose).orElseThrow().jwt();
        try {
            Map<String, Object> subject = Json.object(CredentialJose.parse(jwt).payload().get("credentialSubject"));
            assertThat(subject).containsEntry("statusPurpose", purpose).containsEntry("type", "BitstringStatusList");
            return StatusBits.decode((String) subject.get("encodedList"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static VerificationCheck check(VerificationReport report, String code) {
        return report.checks().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
