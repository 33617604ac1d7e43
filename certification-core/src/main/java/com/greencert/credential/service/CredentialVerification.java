package com.greencert.credential.service;

import com.greencert.credential.domain.CredentialId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Public verification, without login: every check with its own result, in the reader's language. Never
 * fetches anything from another host: issuers, keys and status lists are this portal's own. Bad input is
 * answered with a report that names the reason, never an exception (except {@code InvalidInputException} for
 * input the API refuses before reading it).
 */
@ApplicationScoped
public class CredentialVerification {

    /** Verifies a compact JWS ({@code application/vc+jwt}) or a JSON envelope {@code {"credential": "<jws>"}}. */
    public VerificationReport verify(String credential, Locale locale) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }

    /** Verifies a credential issued here, by its id (the QR code's link). */
    public VerificationReport verify(CredentialId id, Locale locale) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }
}
