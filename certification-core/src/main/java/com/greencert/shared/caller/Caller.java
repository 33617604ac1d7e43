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

    /** The identity of the system's own work: never a person's (the identity provider's user ids are UUIDs). */
    private static final UserId SYSTEM = new UserId("system");

    /** A caller for work the system does by itself in one tenant (start-up seeding, scheduled jobs). */
    public static Caller system(TenantId tenant) {
        return new Caller(SYSTEM, "system", "GreenCert", tenant, Set.of());
    }

    /**
     * Whether this is the system acting by itself ({@link #system}), told by its user id: a person whose user name
     * happens to be "system" is still a person.
     */
    public boolean isSystem() {
        return SYSTEM.equals(userId);
    }
}
