package com.greencert.tenant.domain;

import com.greencert.shared.caller.Role;
import java.util.Set;

/** The three kinds of organisation that share the portal, and its operator. */
public enum TenantType {
    BUYER(Set.of(Role.BUYER, Role.TENANT_ADMIN)),
    SUPPLIER(Set.of(Role.SUPPLIER, Role.TENANT_ADMIN)),
    CERTIFICATION_BODY(Set.of(Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER, Role.TENANT_ADMIN)),
    PLATFORM(Set.of(Role.PLATFORM_ADMIN));

    private final Set<Role> roles;

    TenantType(Set<Role> roles) {
        this.roles = roles;
    }

    /** The roles a member of such a tenant may hold. */
    public Set<Role> allowedRoles() {
        return roles;
    }

    /** The role the first administrator of a new tenant of this type gets besides tenant-admin. */
    public Role primaryRole() {
        return switch (this) {
            case BUYER -> Role.BUYER;
            case SUPPLIER -> Role.SUPPLIER;
            case CERTIFICATION_BODY -> Role.DECISION_MAKER;
            case PLATFORM -> Role.PLATFORM_ADMIN;
        };
    }
}
