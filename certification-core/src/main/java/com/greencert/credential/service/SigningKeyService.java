package com.greencert.credential.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A certification body's signing keys, for its administrator: list, rotate (new credentials use the new key;
 * credentials signed with an old one keep verifying), mark compromised (the credentials it signed then fail
 * with {@code key-compromised}). Callers of other tenants or without the admin role get {@code AccessDeniedException}.
 */
@ApplicationScoped
public class SigningKeyService {

    public List<SigningKeyView> keys() {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }

    public SigningKeyView rotate() {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }

    /** {@code keyId} is the DID URL as listed; the reason is required (at most 2,000 characters). */
    public SigningKeyView markCompromised(String keyId, String reason) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }
}
