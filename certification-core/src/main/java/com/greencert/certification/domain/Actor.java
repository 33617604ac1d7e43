package com.greencert.certification.domain;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * Someone acting on an application: who (username, the identity the four-eyes rules compare), for which
 * tenant, in which roles, and whether they declared a conflict of interest with this application's supplier.
 */
public record Actor(String username, String displayName, TenantId tenant, Set<Role> roles, boolean conflicted) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(tenant, "tenant");
        roles = Set.copyOf(roles);
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
