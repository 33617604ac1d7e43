package com.greencert.credential.service;

import com.greencert.credential.domain.ConformityCredential;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.DidWeb;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.domain.StatusPurpose;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.credential.jose.JoseRefusal;
import com.greencert.credential.jose.ParsedJws;
import com.greencert.credential.service.VerificationCheck.Outcome;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Public verification, without login: every check with its own result, in the reader's language. Never
 * fetches anything from another host: issuers, keys and status lists are this portal's own. Bad input is
 * answered with a report that names the reason, never an exception (except {@code InvalidInputException} for
 * input the API refuses before reading it).
 */
@ApplicationScoped
public class CredentialVerification {

    /** The checks, in the order they run (a failed one leaves the rest not checked, except the status checks). */
    static final List<String> CHECKS = List.of("format", "issuer", "signature", "key", "accreditation", "validity",
            "supersession", "revocation", "suspension", "registry");

    @Inject
    TrustStore trust;

    @Inject
    SigningKeys keys;

    @Inject
    StatusLists statusLists;

    @Inject
    Clock clock;

    /** Verifies a compact JWS ({@code application/vc+jwt}) or a JSON envelope {@code {"credential": "<jws>"}}. */
    public VerificationReport verify(String credential, Locale locale) {
        return run(credential, new Report(new VerificationMessages(locale)));
    }

    /**
     * Verifies a credential issued here, by its id (the QR code's link), reading its state and the lists from the
     * database (not this node's short-lived copies); an unknown id is {@code NotFoundException}.
     */
    public VerificationReport verify(CredentialId id, Locale locale) {
        trust.forget(id);
        IssuedCredential issued = trust.credential(id).orElseThrow(() -> new NotFoundException("credential", id));
        statusLists.forget(issued.body()); // the QR code's page reads the lists as they are now
        return run(issued.jws(), new Report(new VerificationMessages(locale)));
    }

    private VerificationReport run(String input, Report report) {
        ParsedJws jws;
        Map<String, Object> vc;
        try {
            jws = CredentialJose.parse(CredentialJose.unwrap(input));
            vc = jws.payload();
            requireKnownContexts(vc.get("@context"));
        } catch (JoseRefusal refusal) {
            return report.fail("format", refusal.reason(), null).done(null);
        }
        report.pass("format");
        // issuer: a body registered here, by this portal's did:web
        DidWeb did = keys.did();
        Optional<TenantId> body = Json.issuerId(vc).flatMap(did::aliasOf).map(TenantId::of).filter(b -> trust.body(b).isPresent());
        if (body.isEmpty()) {
            return report.fail("issuer", "unknown-issuer", null).done(null);
        }
        report.pass("issuer");
        Optional<SigningKey> key = Optional.ofNullable(jws.keyId()).filter(k -> k.startsWith(did.did(body.get().value()) + "#"))
                .flatMap(trust::key).filter(k -> k.body().equals(body.get()));
        if (key.isEmpty()) {
            return report.fail("signature", "unknown-key", null).done(null);
        }
        if (!jws.verifiedBy(trust.verifier(key.get()))) {
            return report.fail("signature", "bad-signature", null).done(null);
        }
        report.pass("signature");
        Optional<Instant> issuedAt = Json.instant(vc.get("iat")).or(() -> Json.instant(vc.get("validFrom")));
        Optional<Instant> validFrom = Json.instant(vc.get("validFrom"));
        Optional<Instant> validUntil = Json.instant(vc.get("validUntil"));
        if (issuedAt.isEmpty() || validFrom.isEmpty() || validUntil.isEmpty()) {
            return report.fail("key", "malformed", null).done(null);
        }
        Optional<IssuedCredential> issued = Json.credentialId(vc).flatMap(trust::credential).filter(c -> c.body().equals(body.get()));
        if (key.get().compromisedAt().isPresent()) {
            report.fail("key", "key-compromised", key.get().compromisedAt().get());
        } else if (!key.get().inServiceAt(issuedAt.get())) {
            report.fail("key", "key-not-valid-at-issuance", null);
        } else {
            report.pass("key");
        }
        if (report.failed()) {
            return report.done(issued.orElse(null));
        }
        LocalDate issueDay = issuedAt.get().atOffset(ZoneOffset.UTC).toLocalDate();
        String scheme = Json.schemeCode(vc).orElse("");
        boolean accredited = trust.accreditations(body.get()).stream().anyMatch(a -> a.schemeCode().equalsIgnoreCase(scheme)
                && a.validUntil().map(until -> !until.isBefore(issueDay)).orElse(true));
        report.result("accreditation", accredited ? null : "not-accredited", null);
        Instant now = clock.instant();
        if (now.isAfter(validUntil.get())) {
            report.fail("validity", "expired", validUntil.get());
        } else if (now.isBefore(validFrom.get())) {
            report.fail("validity", "not-yet-valid", validFrom.get());
        } else {
            report.pass("validity");
        }
        report.result("supersession", issued.flatMap(IssuedCredential::supersededAt).isPresent() ? "superseded" : null,
                issued.flatMap(IssuedCredential::supersededAt).orElse(null));
        status(report, vc, body.get(), StatusPurpose.REVOCATION, "revoked", issued.flatMap(IssuedCredential::revokedAt));
        status(report, vc, body.get(), StatusPurpose.SUSPENSION, "suspended", issued.flatMap(IssuedCredential::suspendedAt));
        report.result("registry", registryMatches(vc) ? null : "registry-mismatch", null);
        return report.done(issued.orElse(null));
    }

    private void status(Report report, Map<String, Object> vc, TenantId body, StatusPurpose purpose, String reason,
            Optional<Instant> since) {
        String list = keys.did().statusListUrl(body.value(), purpose);
        Optional<Integer> index = Json.statusIndex(vc, purpose.value(), list);
        if (index.isEmpty()) {
            report.fail(purpose.value(), "malformed", null);
            return;
        }
        boolean set = statusLists.isSet(body, purpose, index.get());
        report.result(purpose.value(), set ? reason : null, since.orElse(null));
    }

    /** The holder in the credential against the supplier's current public record (each field both sides show). */
    private boolean registryMatches(Map<String, Object> vc) {
        Map<String, Object> party = Json.party(vc);
        Optional<TenantId> supplier = Json.string(party.get("id")).flatMap(this::supplierOf);
        if (supplier.isEmpty() || trust.supplier(supplier.get()).isEmpty()) {
            return false;
        }
        var profile = trust.profile(supplier.get());
        var tenant = trust.supplier(supplier.get()).get();
        Map<String, String> names = Json.languages(party.get("legalName"));
        return same(names.get("en"), profile.flatMap(p -> p.legalNameEn()).orElse(profile.isPresent() ? null : tenant.nameEn()))
                && same(names.get("zh-CN"), profile.flatMap(p -> p.legalNameZh()).orElse(null))
                && same(Json.string(party.get("registeredId")).orElse(null), profile.flatMap(p -> p.uscc()).orElse(null))
                && same(Json.string(party.get("registrationCountry")).orElse(null),
                        profile.flatMap(p -> p.country()).orElse(profile.isPresent() ? null : tenant.country()));
    }

    private Optional<TenantId> supplierOf(String page) {
        String prefix = keys.did().supplierUrl("");
        if (!page.startsWith(prefix) || page.length() == prefix.length() || page.length() > prefix.length() + 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(TenantId.of(page.substring(prefix.length())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Both present and equal (ignoring surrounding spaces), or either absent (a private section is not compared). */
    private static boolean same(String inCredential, String inRegistry) {
        return inCredential == null || inRegistry == null || inCredential.strip().equals(inRegistry.strip());
    }

    private static void requireKnownContexts(Object context) throws JoseRefusal {
        if (!(context instanceof List<?> list) || list.isEmpty() || !ConformityCredential.VC_CONTEXT.equals(list.getFirst())
                || !list.stream().allMatch(ConformityCredential.KNOWN_CONTEXTS::contains)) {
            throw new JoseRefusal("unknown-context", "@context " + context);
        }
    }

    /** Collects the checks and words them. */
    private final class Report {

        private final VerificationMessages words;
        private final java.util.ArrayList<VerificationCheck> checks = new java.util.ArrayList<>();
        private String firstReason;

        Report(VerificationMessages words) {
            this.words = words;
        }

        Report pass(String code) {
            checks.add(new VerificationCheck(code, Outcome.PASSED, Optional.empty(), words.text("passed." + code), Optional.empty()));
            return this;
        }

        Report fail(String code, String reason, Instant since) {
            checks.add(new VerificationCheck(code, Outcome.FAILED, Optional.of(reason),
                    words.text("reason." + reason, VerificationMessages.date(since)), Optional.ofNullable(since)));
            if (firstReason == null) {
                firstReason = reason;
            }
            return this;
        }

        Report result(String code, String reasonOrNull, Instant since) {
            return reasonOrNull == null ? pass(code) : fail(code, reasonOrNull, since);
        }

        boolean failed() {
            return firstReason != null;
        }

        VerificationReport done(IssuedCredential issued) {
            for (String code : CHECKS) {
                if (checks.stream().noneMatch(c -> c.code().equals(code))) {
                    checks.add(new VerificationCheck(code, Outcome.NOT_CHECKED, Optional.empty(), words.text("not-checked"),
                            Optional.empty()));
                }
            }
            checks.sort(java.util.Comparator.comparingInt(c -> CHECKS.indexOf(c.code())));
            Optional<CredentialSummary> summary = Optional.ofNullable(issued).filter(c -> checks.stream()
                    .anyMatch(k -> k.code().equals("signature") && k.outcome() == Outcome.PASSED))
                    .map(c -> Summaries.of(c, LocalDate.now(clock), words.locale()));
            String text = firstReason == null
                    ? words.text("summary.valid", summary.map(CredentialSummary::certificateNumber).orElse(""),
                            summary.map(CredentialSummary::issuerName).orElse(""), summary.map(CredentialSummary::holderName).orElse(""))
                    : words.text("summary.invalid", checks.stream().filter(c -> c.outcome() == Outcome.FAILED).findFirst()
                            .map(VerificationCheck::message).orElse(firstReason));
            return new VerificationReport(firstReason == null, Optional.ofNullable(firstReason), text, List.copyOf(checks),
                    summary, summary.map(CredentialSummary::supplier));
        }
    }
}
