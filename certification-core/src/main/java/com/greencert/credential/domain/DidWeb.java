package com.greencert.credential.domain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The did:web identifiers of this portal's bodies: {@code did:web:<host>%3A<port>[:<path>]:bodies:<alias>},
 * resolving (by the did:web method) to {@code <public url>/bodies/<alias>/did.json}. Derived from the public
 * URL alone: nothing is ever fetched from another host.
 */
public final class DidWeb {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final String publicUrl;
    private final String prefix;

    public DidWeb(String publicUrl) {
        String url = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        URI uri = URI.create(url);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the public URL has no host: " + publicUrl);
        }
        StringBuilder did = new StringBuilder("did:web:").append(uri.getHost().toLowerCase(java.util.Locale.ROOT));
        if (uri.getPort() != -1) {
            did.append("%3A").append(uri.getPort());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(segment);
            }
        }
        this.publicUrl = url;
        this.prefix = did.append(":bodies:").toString();
    }

    /** The DID of a body (its tenant alias). */
    public String did(String bodyAlias) {
        if (!ALIAS.matcher(bodyAlias).matches()) {
            throw new IllegalArgumentException("not a body alias: " + bodyAlias);
        }
        return prefix + bodyAlias;
    }

    /** The alias of a body, when the DID is one of this portal's (else empty: a foreign issuer). */
    public Optional<String> aliasOf(String did) {
        if (did == null || !did.startsWith(prefix)) {
            return Optional.empty();
        }
        String alias = URLDecoder.decode(did.substring(prefix.length()), StandardCharsets.UTF_8);
        return ALIAS.matcher(alias).matches() ? Optional.of(alias) : Optional.empty();
    }

    /** Where the DID document is served. */
    public String documentUrl(String bodyAlias) {
        return publicUrl + "/bodies/" + bodyAlias + "/did.json";
    }

    /** Where a body's status list credential is served ({@code revocation} or {@code suspension}). */
    public String statusListUrl(String bodyAlias, StatusPurpose purpose) {
        return publicUrl + "/bodies/" + bodyAlias + "/status/" + purpose.value();
    }

    /** The public verify page of a credential (the QR code's link). */
    public String verifyUrl(CredentialId id) {
        return publicUrl + "/verify/" + id;
    }

    /** The public page of a supplier. */
    public String supplierUrl(String supplierId) {
        return publicUrl + "/suppliers/" + supplierId;
    }

    public String publicUrl() {
        return publicUrl;
    }
}
