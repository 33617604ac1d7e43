package com.greencert.credential.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the PDF certificate shows, in both languages ({@code …Zh} may be null: the English text is shown), and
 * the link its QR code opens ({@code verifyUrl}: the public verify page for this credential).
 */
public record CertificateDocument(String certificateNumber, String credentialId, String holderNameEn,
        String holderNameZh, String holderUscc, String holderCountry, String schemeCode, String schemeVersion,
        String schemeNameEn, String schemeNameZh, List<ScopeItem> products, List<String> facilities,
        LocalDate validFrom, LocalDate validUntil, String issuerNameEn, String issuerNameZh, String issuerDid,
        Instant issuedAt, String verifyUrl) {

    /** A product in scope: its name, HS code and UN number (null when not dangerous goods). */
    public record ScopeItem(String name, String hsCode, String unNumber) {
    }
}
