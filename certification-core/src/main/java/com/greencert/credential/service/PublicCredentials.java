package com.greencert.credential.service;

import com.greencert.credential.domain.CredentialId;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/** What the portal publishes to anyone: DID documents, status lists, issued credentials, public supplier pages. */
@ApplicationScoped
public class PublicCredentials {

    /** The did:web document of a body ({@code /bodies/<alias>/did.json}): all its keys, JSON text. */
    public Optional<String> didDocument(String bodyAlias) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }

    /** A body's status list credential; {@code purpose} is {@code revocation} or {@code suspension}. */
    public Optional<PublishedStatusList> statusList(String bodyAlias, String purpose) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }

    /** An issued credential as compact JWS (credentials are public documents: the holder shows them to anyone). */
    public Optional<String> credential(CredentialId id) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }

    /** The public supplier page; empty for an unknown id or a tenant that is not a supplier. */
    public Optional<PublicSupplierPage> supplier(TenantId supplier, Locale locale) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }
}
