package com.greencert.shared.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a tenant (a buyer, supplier, certification body or the platform operator).
 * It is the alias of the tenant's Keycloak organization: lower-case letters, digits and hyphens.
 */
public record TenantId(String value) {

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!ALIAS.matcher(value).matches()) {
            throw new InvalidInputException("tenant.id.invalid", value);
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
