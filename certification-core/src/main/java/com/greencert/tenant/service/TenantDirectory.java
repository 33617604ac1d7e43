package com.greencert.tenant.service;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.TenantType;
import java.util.Optional;
import java.util.Set;

/**
 * The identity provider's side of a tenant: its organization and its members' accounts.
 * Implemented against Keycloak's admin API.
 */
public interface TenantDirectory {

    /** Creates the organization; returns the identity provider's id for it. */
    String createOrganization(TenantId alias, String name, TenantType type);

    /** Creates a member with a temporary password they must change at first login. */
    void createMember(String organizationId, Member member, String temporaryPassword);

    void deleteOrganization(String organizationId);

    /** The identity provider's id of the organization with this alias, if there is one. */
    Optional<String> organizationId(TenantId alias);

    record Member(String username, String email, String firstName, String lastName, Set<Role> roles) {
    }
}
