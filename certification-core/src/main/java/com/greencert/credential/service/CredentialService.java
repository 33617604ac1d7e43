package com.greencert.credential.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Applications;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.credential.jose.JoseRefusal;
import com.greencert.credential.pdf.CertificateDocument;
import com.greencert.credential.pdf.CertificatePdf;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The credentials of an application, for its parties (the supplier, and the body once it was submitted to it);
 * a caller of any other tenant gets {@code NotFoundException}.
 */
@ApplicationScoped
@Transactional
public class CredentialService {

    @Inject
    Applications applications;

    @Inject
    Credentials credentials;

    @Inject
    CallerContext callers;

    @Inject
    SigningKeys keys;

    @Inject
    CertificatePdf pdf;

    @Inject
    Clock clock;

    /** Every credential issued for the application, newest first (older ones superseded). */
    public List<CredentialSummary> ofApplication(ApplicationId application) {
        return ofApplication(application, Locale.ENGLISH);
    }

    /** The same, with names in the reader's language. */
    public List<CredentialSummary> ofApplication(ApplicationId application, Locale locale) {
        callers.require();
        applications.find(application).orElseThrow(() -> new NotFoundException("application", application));
        LocalDate today = LocalDate.now(clock);
        return credentials.ofApplication(application).stream().map(c -> Summaries.of(c, today, locale)).toList();
    }

    /** The newest credential of each of these applications that has one (for the certificate columns of lists). */
    public Map<ApplicationId, CredentialSummary> newest(Collection<ApplicationId> applications) {
        return newest(applications, Locale.ENGLISH);
    }

    /** The same, with names in the reader's language. */
    public Map<ApplicationId, CredentialSummary> newest(Collection<ApplicationId> applications, Locale locale) {
        TenantId tenant = callers.require().tenantId();
        LocalDate today = LocalDate.now(clock);
        Map<ApplicationId, CredentialSummary> newest = new LinkedHashMap<>();
        credentials.ofApplications(applications).stream()
                .filter(c -> c.supplier().equals(tenant) || c.body().equals(tenant))
                .forEach(c -> newest.putIfAbsent(c.application(), Summaries.of(c, today, locale)));
        return newest;
    }

    /** A credential as a file: the compact JWS, the decoded JSON, or the PDF certificate in the reader's language first. */
    public CredentialDownload download(CredentialId id, CredentialFormat format, Locale locale) {
        TenantId tenant = callers.require().tenantId();
        IssuedCredential c = credentials.find(id).filter(x -> x.supplier().equals(tenant) || x.body().equals(tenant))
                .orElseThrow(() -> new NotFoundException("credential", id));
        String name = c.certificateNumber() + "." + format.extension();
        byte[] content = switch (format) {
            case JWT -> c.jws().getBytes(StandardCharsets.US_ASCII);
            case JSON -> CredentialJose.pretty(payload(c)).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.render(document(c), locale);
        };
        return new CredentialDownload(name, format.mediaType(), content);
    }

    private static Map<String, Object> payload(IssuedCredential c) {
        try {
            return CredentialJose.parse(c.jws()).payload();
        } catch (JoseRefusal e) {
            throw new IllegalStateException("stored credential " + c.id() + " does not parse: " + e.reason());
        }
    }

    /** What the PDF certificate shows, from the stored facts and the signed credential's scope. */
    CertificateDocument document(IssuedCredential c) {
        Map<String, Object> subject = Json.object(payload(c).get("credentialSubject"));
        List<?> assessments = subject.get("assessment") instanceof List<?> l ? l : List.of();
        Map<String, Object> first = assessments.isEmpty() ? Map.of() : Json.object(assessments.getFirst());
        List<CertificateDocument.ScopeItem> products = list(first.get("assessedProduct")).stream().map(Json::object)
                .map(p -> new CertificateDocument.ScopeItem(Json.string(p.get("name")).orElse(""),
                        list(p.get("productCategory")).stream().map(Json::object).map(k -> Json.string(k.get("code")).orElse(null))
                                .findFirst().orElse(null),
                        Json.string(p.get("unNumber")).orElse(null)))
                .toList();
        List<String> facilities = list(first.get("assessedFacility")).stream().map(Json::object)
                .map(f -> Json.string(f.get("name")).orElse("")).toList();
        return new CertificateDocument(c.certificateNumber(), c.id().toString(), c.holderNameEn(), c.holderNameZh().orElse(null),
                c.holderUscc().orElse(null), c.holderCountry().orElse(null), c.schemeCode(), c.schemeVersion(), c.schemeNameEn(),
                c.schemeNameZh().orElse(null), products, facilities, c.validFrom(), c.validUntil(), c.issuerNameEn(),
                c.issuerNameZh().orElse(null), c.issuerDid(), c.issuedAt(), keys.did().verifyUrl(c.id()));
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
