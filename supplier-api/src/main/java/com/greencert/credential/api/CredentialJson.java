package com.greencert.credential.api;

import com.greencert.credential.service.CredentialSummary;
import com.greencert.credential.service.PublicSupplierPage;
import com.greencert.credential.service.SigningKeyView;
import com.greencert.credential.service.VerificationCheck;
import com.greencert.credential.service.VerificationReport;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shapes of the credential endpoints. What the public sees of a credential is its public summary:
 * never the application it came from (a private record of the supplier and the body).
 */
public final class CredentialJson {

    private CredentialJson() {
    }

    public record Scheme(String code, String version, String name) {
    }

    public record Party(String id, String name, String did) {
    }

    /** One credential; {@code application} only for its parties, {@code state} live, {@code url} the compact JWS. */
    public record Credential(String id, String certificateNumber, Scheme scheme, Party holder, Party issuer, String validFrom,
            String validUntil, String issuedAt, String state, String stateSince, String url, String application) {

        static Credential ofPublic(CredentialSummary c, String publicUrl) {
            return of(c, publicUrl, null);
        }

        static Credential ofParty(CredentialSummary c, String publicUrl) {
            return of(c, publicUrl, c.application().toString());
        }

        private static Credential of(CredentialSummary c, String publicUrl, String application) {
            return new Credential(c.id().toString(), c.certificateNumber(),
                    new Scheme(c.schemeCode(), c.schemeVersion(), c.schemeName()),
                    new Party(c.supplier().value(), c.holderName(), null),
                    new Party(c.body().value(), c.issuerName(), c.issuerDid()),
                    String.valueOf(c.validFrom()), String.valueOf(c.validUntil()), text(c.issuedAt()),
                    c.state().name(), c.stateSince().map(Instant::toString).orElse(null),
                    publicUrl + "/api/public/credentials/" + c.id(), application);
        }
    }

    public record Check(String code, String outcome, String reason, String message, String since) {
        static Check of(VerificationCheck c) {
            return new Check(c.code(), c.outcome().name(), c.reason().orElse(null), c.message(),
                    c.since().map(Instant::toString).orElse(null));
        }
    }

    /** The public page of a supplier: its id and where people read it. */
    public record SupplierLink(String id, String url) {
        static SupplierLink of(TenantId supplier, String publicUrl) {
            return new SupplierLink(supplier.value(), publicUrl + "/suppliers/" + supplier.value());
        }
    }

    public record Report(boolean valid, String reason, String summary, List<Check> checks, Credential credential,
            SupplierLink supplier) {
        static Report of(VerificationReport r, String publicUrl) {
            return new Report(r.valid(), r.reason().orElse(null), r.summary(),
                    r.checks().stream().map(Check::of).toList(),
                    r.credential().map(c -> Credential.ofPublic(c, publicUrl)).orElse(null),
                    r.supplier().map(s -> SupplierLink.of(s, publicUrl)).orElse(null));
        }
    }

    public record Supplier(String id, String displayName, String legalNameEn, String legalNameZh, String country,
            String uscc, String registeredAddress, String contact, String url, List<Credential> credentials) {
        static Supplier of(PublicSupplierPage p, String publicUrl) {
            return new Supplier(p.id().value(), p.displayName(), p.legalNameEn().orElse(null),
                    p.legalNameZh().orElse(null), p.country(), p.uscc().orElse(null),
                    p.registeredAddress().orElse(null), p.contact().orElse(null),
                    SupplierLink.of(p.id(), publicUrl).url(),
                    p.credentials().stream().map(c -> Credential.ofPublic(c, publicUrl)).toList());
        }
    }

    public record SigningKey(String keyId, String algorithm, String createdAt, String retiredAt, String compromisedAt,
            String compromiseReason, boolean current, long credentialsSigned) {
        static SigningKey of(SigningKeyView k) {
            return new SigningKey(k.keyId(), k.algorithm(), text(k.createdAt()), k.retiredAt().map(Instant::toString).orElse(null),
                    k.compromisedAt().map(Instant::toString).orElse(null), k.compromiseReason().orElse(null), k.current(),
                    k.credentialsSigned());
        }
    }

    private static String text(Instant at) {
        return Optional.ofNullable(at).map(Instant::toString).orElse(null);
    }
}
