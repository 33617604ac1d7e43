package com.greencert.shared.security;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The claims GreenCert reads from a Keycloak access token, whichever way it arrived (portal session or
 * API bearer token): subject, user name, display name, the organization (tenant) and the realm roles.
 */
record TokenClaims(String subject, String username, String name, List<String> organizations, Collection<String> groups) {

    /** The caller, or empty when the token names no organization (or none GreenCert can use). */
    Optional<Caller> toCaller() {
        if (subject == null || username == null || organizations == null || organizations.isEmpty()) {
            return Optional.empty();
        }
        TenantId tenant;
        try {
            tenant = TenantId.of(organizations.getFirst());
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        Set<Role> roles = groups == null ? Set.of() : groups.stream().map(Role::fromRealmRole)
                .flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Caller(new UserId(subject), username, name, tenant, roles));
    }
}
