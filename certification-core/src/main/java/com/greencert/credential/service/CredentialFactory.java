package com.greencert.credential.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.CoveredItem;
import com.greencert.certification.domain.CriterionReview;
import com.greencert.certification.domain.EvidenceReliance;
import com.greencert.certification.domain.Scheme;
import com.greencert.credential.domain.CertificateNumber;
import com.greencert.credential.domain.ConformityCredential;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.DidWeb;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.domain.StatusPurpose;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceRecord;
import com.greencert.evidence.domain.Evidences;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.PublicCompanyProfile;
import com.greencert.supplier.domain.PublicProfiles;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issues one credential for a certification: under the body's issuer lock, the next certificate number, a free
 * status index and the body's current key (made on first need); the UNTP conformity credential filled from the
 * application, its scheme version, the holder's public registry record and the evidence relied on (id and
 * SHA-256 only); signed, stored and written to the body's audit log.
 */
@ApplicationScoped
class CredentialFactory {

    @Inject
    Credentials credentials;

    @Inject
    SigningKeys keys;

    @Inject
    StatusLists statusLists;

    @Inject
    Tenants tenants;

    @Inject
    PublicProfiles profiles;

    @Inject
    Evidences evidences;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    IssuedCredential issue(CertificationApplication app, Scheme scheme, String scopeKey) {
        TenantId body = app.body();
        long serial = credentials.lockIssuer(body).nextSerial();
        SigningKey key = keys.current(body);
        Instant now = clock.instant(); // after the key: a key made just now must be in service at the credential's iat
        LocalDate today = LocalDate.now(clock);
        int index = statusLists.allocate(body);
        statusLists.ensure(body, now);
        DidWeb did = keys.did();
        CredentialId id = CredentialId.newId();
        LocalDate validFrom = app.certificate().issuedOn().filter(d -> d.isAfter(today)).orElse(today);
        LocalDate validUntil = app.certificate().validUntil().orElseThrow();
        String number = CertificateNumber.format(body.value(), scheme.code(), validFrom.getYear(), serial);
        Optional<Tenant> issuerTenant = tenants.find(body);
        ConformityCredential.Holder holder = holder(app.supplier(), did);
        ConformityCredential vc = new ConformityCredential(id, did.did(body.value()),
                issuerTenant.map(Tenant::nameEn).orElse(body.value()), issuerTenant.map(Tenant::nameZh).orElse(null), number,
                scheme.code(), Integer.toString(scheme.versionNo()), scheme.nameEn(), scheme.nameZh().orElse(null), holder,
                products(app), items(app, CoveredItem.Kind.FACILITY), criteria(app, scheme),
                app.audit().heldOn().orElse(today), evidence(app, scheme), validFrom, validUntil, now,
                did.statusListUrl(body.value(), StatusPurpose.REVOCATION), did.statusListUrl(body.value(), StatusPurpose.SUSPENSION),
                index, did.verifyUrl(id));
        String jws = keys.sign(key, CredentialJose.json(vc.toJson()));
        IssuedCredential.Facts facts = new IssuedCredential.Facts(app.id(), app.supplier(), body, number, scheme.code(),
                Integer.toString(scheme.versionNo()), scheme.nameEn(), scheme.nameZh().orElse(null), holder.nameEn(),
                holder.nameZh(), holder.uscc(), holder.country(), vc.issuerNameEn(), vc.issuerNameZh(), vc.issuerDid(),
                validFrom, validUntil, scopeKey);
        IssuedCredential issued = new IssuedCredential(id, facts, key.keyId(), index, now, jws);
        credentials.add(issued);
        trail.record(body, "credential.issued", "credential", id.toString(), number + " for application " + app.id()
                + ", valid " + validFrom + " to " + validUntil + ", signed with " + key.keyId());
        return issued;
    }

    /** What a later decision may change in a credential: scope and validity (SHA-256, hex). */
    String scopeKey(CertificationApplication app) {
        String text = String.join(" ", new TreeSet<>(app.certificate().scope())) + "|" + String.join(" ",
                new TreeSet<>(app.facilities())) + "|" + app.certificate().issuedOn().orElse(null) + "|"
                + app.certificate().validUntil().orElse(null) + "|" + app.schemeId();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The holder as the public registry shows it (public profile sections, else the tenant directory's name and country). */
    ConformityCredential.Holder holder(TenantId supplier, DidWeb did) {
        Optional<PublicCompanyProfile> profile = profiles.of(supplier);
        Optional<Tenant> tenant = tenants.find(supplier);
        String nameEn = profile.flatMap(PublicCompanyProfile::legalNameEn).or(() -> tenant.map(Tenant::nameEn))
                .orElse(supplier.value());
        String nameZh = profile.flatMap(PublicCompanyProfile::legalNameZh).or(() -> tenant.map(Tenant::nameZh)).orElse(null);
        String country = profile.flatMap(PublicCompanyProfile::country).or(() -> tenant.map(Tenant::country)).orElse(null);
        return new ConformityCredential.Holder(did.supplierUrl(supplier.value()), nameEn, nameZh,
                profile.flatMap(PublicCompanyProfile::uscc).orElse(null), country);
    }

    private static List<ConformityCredential.Item> products(CertificationApplication app) {
        List<String> scope = app.certificate().scope();
        return app.scopeItems().stream().filter(i -> i.kind() == CoveredItem.Kind.PRODUCT && scope.contains(i.itemId()))
                .map(CredentialFactory::item).toList();
    }

    private static List<ConformityCredential.Item> items(CertificationApplication app, CoveredItem.Kind kind) {
        return app.scopeItems().stream().filter(i -> i.kind() == kind)
                .map(CredentialFactory::item).toList();
    }

    private static ConformityCredential.Item item(CoveredItem i) {
        return new ConformityCredential.Item(i.itemId(), i.label(), i.hsCode().orElse(null), i.unNumber().orElse(null));
    }

    private static List<ConformityCredential.CriterionResult> criteria(CertificationApplication app, Scheme scheme) {
        Map<String, CriterionReview> reviews = app.criterionReviews().stream()
                .collect(Collectors.toMap(CriterionReview::criterionCode, Function.identity(), (a, b) -> b));
        return scheme.criteria().stream().map(c -> new ConformityCredential.CriterionResult(c.code(), c.titleEn(),
                c.titleZh().orElse(null), Optional.ofNullable(reviews.get(c.code())).map(CriterionReview::conforms).orElse(true),
                c.thresholdMax().orElse(null), c.thresholdUnit().orElse(null))).toList();
    }

    private List<ConformityCredential.EvidenceRef> evidence(CertificationApplication app, Scheme scheme) {
        List<ConformityCredential.EvidenceRef> refs = new java.util.ArrayList<>();
        for (EvidenceId id : EvidenceReliance.of(app, scheme)) {
            Optional<? extends EvidenceRecord> granted = evidences.findGranted(id, app.body());
            granted.map(EvidenceRecord::content)
                    .ifPresent(c -> refs.add(new ConformityCredential.EvidenceRef(id.toString(), c.sha256())));
        }
        return refs;
    }
}
