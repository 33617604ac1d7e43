package com.greencert.credential.domain;

import java.util.Locale;

/**
 * The human-readable number of a certificate, unique per body: the body's code, the scheme's code, the year
 * of issue and the body's own running number, e.g. {@code SEC-GCE-2026-000042}.
 */
public final class CertificateNumber {

    private CertificateNumber() {
    }

    public static String format(String bodyAlias, String schemeCode, int year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial " + serial);
        }
        return code(bodyAlias) + "-" + code(schemeCode) + "-" + year + "-" + String.format(Locale.ROOT, "%06d", serial);
    }

    /** Upper-case letters and digits of the text (an alias {@code sino-eco} gives {@code SINOECO}). */
    static String code(String text) {
        String code = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (code.isEmpty()) {
            throw new IllegalArgumentException("no letters or digits in " + text);
        }
        return code.length() > 20 ? code.substring(0, 20) : code;
    }
}
