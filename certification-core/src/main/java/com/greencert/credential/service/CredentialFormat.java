package com.greencert.credential.service;

/** The ways a credential can be downloaded. */
public enum CredentialFormat {
    /** The compact JWS, {@code application/vc+jwt}. */
    JWT("application/vc+jwt", "jwt"),
    /** The decoded credential (the JWS payload), {@code application/vc}… served as JSON. */
    JSON("application/json", "json"),
    /** The bilingual PDF certificate with its QR code. */
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    CredentialFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
