package com.greencert.credential.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.DidWeb;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.domain.StatusPurpose;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.PublicCompanyProfile;
import com.greencert.tenant.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the portal publishes to anyone: DID documents, status lists, issued credentials, public supplier pages. */
@ApplicationScoped
public class PublicCredentials {

    @Inject
    TrustStore trust;

    @Inject
    Credentials credentials;

    @Inject
    SigningKeys keys;

    @Inject
    StatusLists statusLists;

    @Inject
    Clock clock;

    /**
     * The did:web document of a body ({@code /bodies/<alias>/did.json}): all its keys that were not reported
     * compromised (retired ones too: they verify what they signed), as JsonWebKey verification methods named in
     * {@code assertionMethod}; JSON text.
     */
    public Optional<String> didDocument(String bodyAlias) {
        Optional<TenantId> body = body(bodyAlias);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        DidWeb web = keys.did();
        String did = web.did(body.get().value());
        List<SigningKey> usable = credentials.keysOf(body.get()).stream().filter(k -> k.compromisedAt().isEmpty()).toList();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://www.w3.org/ns/cid/v1"));
        doc.put("id", did);
        doc.put("verificationMethod", usable.stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", k.keyId());
            m.put("type", "JsonWebKey");
            m.put("controller", did);
            m.put("publicKeyJwk", CredentialJose.jwkObject(k.publicJwk()));
            return m;
        }).toList());
        doc.put("assertionMethod", usable.stream().map(SigningKey::keyId).toList());
        return Optional.of(CredentialJose.json(doc));
    }

    /** A body's status list credential; {@code purpose} is {@code revocation} or {@code suspension}. */
    public Optional<PublishedStatusList> statusList(String bodyAlias, String purpose) {
        Optional<StatusPurpose> p = StatusPurpose.of(purpose);
        Optional<TenantId> body = body(bodyAlias);
        if (p.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        return statusLists.publish(body.get(), p.get());
    }

    /** An issued credential as compact JWS (credentials are public documents: the holder shows them to anyone). */
    public Optional<String> credential(CredentialId id) {
        return credentials.find(id).map(c -> c.jws());
    }

    /**
     * The certificate number and live state on {@code today} of the newest credential of each of these
     * applications that has one, in one read that leaves the signed documents in the database (the public registry
     * asks for a thousand suppliers' certifications at once).
     */
    public Map<ApplicationId, CertificateStanding> newestOf(Collection<ApplicationId> applications, LocalDate today) {
        Map<ApplicationId, CertificateStanding> newest = new LinkedHashMap<>();
        credentials.standingOf(applications).forEach(c -> newest.computeIfAbsent(c.application(), a ->
                new CertificateStanding(c.certificateNumber(), CredentialState.valueOf(c.stateOn(today).life().name()))));
        return newest;
    }

    /** The suppliers holding a credential whose validity ends on a day from {@code from} to {@code to} (included). */
    public List<TenantId> suppliersValidUntil(LocalDate from, LocalDate to) {
        return credentials.suppliersValidUntil(from, to);
    }

    /** The public supplier page; empty for an unknown id or a tenant that is not a supplier. */
    public Optional<PublicSupplierPage> supplier(TenantId supplier, Locale locale) {
        Optional<Tenant> tenant = trust.supplier(supplier).filter(t -> !t.isSuspended()); // suspended: not public
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        Optional<PublicCompanyProfile> profile = trust.profile(supplier);
        Optional<String> en = profile.flatMap(PublicCompanyProfile::legalNameEn);
        Optional<String> cn = profile.flatMap(PublicCompanyProfile::legalNameZh);
        String display = (zh ? cn.or(() -> en) : en).orElse(tenant.get().displayName(zh ? "zh" : "en"));
        String country = profile.flatMap(PublicCompanyProfile::country).orElse(tenant.get().country());
        LocalDate today = LocalDate.now(clock);
        List<CredentialSummary> issued = credentials.ofSupplier(supplier).stream().map(c -> Summaries.of(c, today, locale)).toList();
        return Optional.of(new PublicSupplierPage(supplier, display, en, cn, country, profile.flatMap(PublicCompanyProfile::uscc),
                profile.flatMap(PublicCompanyProfile::registeredAddress), profile.flatMap(PublicCompanyProfile::contact), issued));
    }

    private Optional<TenantId> body(String alias) {
        try {
            return Optional.ofNullable(alias).map(TenantId::of).filter(b -> trust.body(b).isPresent());
        } catch (RuntimeException notAnAlias) {
            return Optional.empty();
        }
    }
}
