package com.greencert.shared.caller;

import java.util.Arrays;
import java.util.Optional;

/** What a person may do in their tenant; the names are the Keycloak realm roles. */
public enum Role {
    BUYER("buyer"),
    SUPPLIER("supplier"),
    ASSESSOR("assessor"),
    REVIEWER("reviewer"),
    DECISION_MAKER("decision-maker"),
    TENANT_ADMIN("tenant-admin"),
    PLATFORM_ADMIN("platform-admin");

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public static Optional<Role> fromRealmRole(String name) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(name)).findFirst();
    }
}
