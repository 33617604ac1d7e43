package com.greencert.credential.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credential a body issues for a granted certification: a W3C Verifiable Credential 2.0 in the shape of a
 * UNTP Digital Conformity Credential 0.6.0 (docs/adr/0016-eco-credentials.md), as JSON ready to be signed.
 * Evidence appears as its id and SHA-256 only: never its content, never a link that opens it.
 */
public record ConformityCredential(CredentialId id, String issuerDid, String issuerNameEn, String issuerNameZh,
        String certificateNumber, String schemeCode, String schemeVersion, String schemeNameEn, String schemeNameZh,
        Holder holder, List<Item> products, List<Item> facilities, List<CriterionResult> criteria,
        LocalDate assessmentDate, List<EvidenceRef> evidence, LocalDate validFrom, LocalDate validUntil,
        Instant issuedAt, String revocationList, String suspensionList, int statusIndex, String verifyUrl) {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String UNTP_DCC_CONTEXT = "https://test.uncefact.org/vocabulary/untp/dcc/0.6.0/";
    /** The contexts a credential may name (the first must be {@link #VC_CONTEXT}). */
    public static final List<String> KNOWN_CONTEXTS = List.of(VC_CONTEXT, UNTP_DCC_CONTEXT);
    public static final String USCC_SCHEME = "https://www.gsxt.gov.cn";

    /** The assessed organisation; {@code page} is its public supplier page. */
    public record Holder(String page, String nameEn, String nameZh, String uscc, String country) {
    }

    /** A product ({@code code} its HS code, {@code unNumber} when dangerous goods) or a facility in scope. */
    public record Item(String id, String name, String code, String unNumber) {
    }

    public record CriterionResult(String code, String titleEn, String titleZh, boolean conforms, BigDecimal thresholdMax,
            String thresholdUnit) {
    }

    public record EvidenceRef(String id, String sha256) {
    }

    public Map<String, Object> toJson() {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, UNTP_DCC_CONTEXT));
        vc.put("type", List.of("VerifiableCredential", "DigitalConformityCredential"));
        vc.put("id", "urn:uuid:" + id);
        vc.put("issuer", obj("type", List.of("CredentialIssuer"), "id", issuerDid, "name", issuerNameEn));
        vc.put("validFrom", validFrom.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        vc.put("validUntil", validUntil.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1).toString());
        vc.put("iat", issuedAt.getEpochSecond());
        vc.put("name", texts("Certificate " + certificateNumber + ": " + schemeNameEn,
                "证书 " + certificateNumber + "：" + or(schemeNameZh, schemeNameEn)));
        vc.put("description", texts(
                issuerNameEn + " certifies that " + holder.nameEn() + " conforms to " + schemeNameEn + " (" + schemeCode
                        + " v" + schemeVersion + ") for the products and facilities in scope.",
                or(issuerNameZh, issuerNameEn) + " 证明 " + or(holder.nameZh(), holder.nameEn()) + " 在认证范围内的产品和场所符合 "
                        + or(schemeNameZh, schemeNameEn) + "（" + schemeCode + " 第 " + schemeVersion + " 版）。"));
        vc.put("credentialSubject", subject());
        vc.put("credentialStatus", List.of(status("revocation", revocationList), status("suspension", suspensionList)));
        return vc;
    }

    private Map<String, Object> subject() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", List.of("ConformityAttestation"));
        s.put("id", verifyUrl);
        s.put("name", texts(certificateNumber, certificateNumber));
        s.put("certificateNumber", certificateNumber);
        s.put("assessorLevel", "3rdParty");
        s.put("assessmentLevel", "accredited");
        s.put("attestationType", "certification");
        s.put("issuedToParty", party());
        s.put("scope", obj("type", List.of("ConformityAssessmentScheme"), "id", "urn:greencert:scheme:" + schemeCode + ":"
                + schemeVersion, "name", texts(schemeNameEn, or(schemeNameZh, schemeNameEn)), "schemeCode", schemeCode,
                "schemeVersion", schemeVersion));
        s.put("conformityCertificate", obj("type", List.of("Link"), "linkURL", verifyUrl, "linkName", certificateNumber,
                "linkType", "https://test.uncefact.org/vocabulary/linkTypes/dcc"));
        List<Object> assessments = new ArrayList<>();
        for (CriterionResult c : criteria) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("type", List.of("ConformityAssessment"));
            a.put("assessmentDate", assessmentDate == null ? null : assessmentDate.toString());
            Map<String, Object> criterion = obj("type", List.of("Criterion"), "id", "urn:greencert:scheme:" + schemeCode
                    + ":" + schemeVersion + ":" + c.code(), "name", texts(c.titleEn(), or(c.titleZh(), c.titleEn())));
            if (c.thresholdMax() != null) {
                criterion.put("thresholdValues", List.of(obj("type", List.of("Metric"), "metricName", "max",
                        "metricValue", obj("type", List.of("Measure"), "value", c.thresholdMax(), "unit", c.thresholdUnit()))));
            }
            a.put("assessmentCriteria", List.of(criterion));
            a.put("assessedOrganisation", party());
            a.put("assessedProduct", products.stream().map(p -> {
                Map<String, Object> m = obj("type", List.of("Product"), "id", "urn:uuid:" + p.id(), "name", p.name());
                if (p.code() != null) {
                    m.put("productCategory", List.of(obj("type", List.of("Classification"), "code", p.code(),
                            "schemeID", "https://www.wcoomd.org/hs", "schemeName", "Harmonized System")));
                }
                if (p.unNumber() != null) {
                    m.put("unNumber", p.unNumber());
                }
                return m;
            }).toList());
            a.put("assessedFacility", facilities.stream().map(f -> obj("type", List.of("Facility"), "id", "urn:uuid:" + f.id(),
                    "name", f.name())).toList());
            a.put("conformance", c.conforms());
            a.values().removeIf(v -> v == null);
            assessments.add(a);
        }
        s.put("assessment", assessments);
        s.put("auditableEvidence", evidence.stream().map(e -> obj("type", List.of("SecureLink"), "linkURL", "urn:uuid:" + e.id(),
                "linkName", "evidence " + e.id(), "hashDigest", e.sha256(), "hashMethod", "SHA-256")).toList());
        return s;
    }

    private Map<String, Object> party() {
        Map<String, Object> p = obj("type", List.of("Party"), "id", holder.page(), "name", holder.nameEn());
        p.put("legalName", texts(holder.nameEn(), holder.nameZh()));
        if (holder.uscc() != null) {
            p.put("registeredId", holder.uscc());
            p.put("idScheme", obj("type", List.of("IdentifierScheme"), "id", USCC_SCHEME, "name", "Unified Social Credit Code"));
        }
        if (holder.country() != null) {
            p.put("registrationCountry", holder.country());
        }
        return p;
    }

    private Map<String, Object> status(String purpose, String list) {
        return obj("id", list + "#" + statusIndex, "type", "BitstringStatusListEntry", "statusPurpose", purpose,
                "statusListIndex", Integer.toString(statusIndex), "statusListCredential", list);
    }

    /** A text in English and (when there is one) Simplified Chinese, as VC 2.0 language value objects. */
    private static List<Object> texts(String en, String zh) {
        List<Object> list = new ArrayList<>();
        list.add(obj("@value", en, "@language", "en"));
        if (zh != null) {
            list.add(obj("@value", zh, "@language", "zh-CN"));
        }
        return list;
    }

    private static String or(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    private static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }
}
