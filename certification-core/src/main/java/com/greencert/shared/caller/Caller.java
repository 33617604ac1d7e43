package com.greencert.shared.caller;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * The person behind the current request, as the identity provider vouched for them:
 * who they are, which tenant they act for, and their roles there.
 */
public record Caller(UserId userId, String username, String displayName, TenantId tenantId, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(tenantId, "tenantId");
        roles = Set.copyOf(roles);
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A caller for work the system does by itself in one tenant (start-up seeding, scheduled jobs). */
    public static Caller system(TenantId tenant) {
        return new Caller(new UserId("system"), "system", "GreenCert", tenant, Set.of());
    }
}
