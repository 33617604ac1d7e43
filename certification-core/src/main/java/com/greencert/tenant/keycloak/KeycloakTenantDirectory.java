package com.greencert.tenant.keycloak;

import com.greencert.shared.caller.Role;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.TenantDirectory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak organizations are GreenCert tenants. The portal's confidential client acts through its
 * service account, which the realm grants the admin roles this needs.
 */
@ApplicationScoped
public class KeycloakTenantDirectory implements TenantDirectory {

    @Inject
    GreenCertConfig config;

    private Keycloak keycloak;

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(config.keycloakUrl())
                    .realm(config.realm())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(config.portalClientId())
                    .clientSecret(config.portalClientSecret())
                    .build();
        }
        return keycloak.realm(config.realm());
    }

    @Override
    public String createOrganization(TenantId alias, String name, TenantType type) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setAlias(alias.value());
        org.setName(name);
        org.setEnabled(true);
        org.setAttributes(Map.of("type", List.of(type.name())));
        try (Response response = realm().organizations().create(org)) {
            if (response.getStatus() == 409) {
                throw new RuleViolationException("tenant.exists", alias);
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    @Override
    public void createMember(String organizationId, Member member, String temporaryPassword) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(member.username());
        user.setEmail(member.email());
        user.setFirstName(member.firstName());
        user.setLastName(member.lastName());
        user.setEnabled(true);
        user.setEmailVerified(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(temporaryPassword);
        password.setTemporary(true);
        user.setCredentials(List.of(password));
        RealmResource realm = realm();
        String userId;
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() == 409) {
                throw new RuleViolationException("user.exists", member.username());
            }
            userId = CreatedResponseUtil.getCreatedId(response);
        }
        List<RoleRepresentation> roles = member.roles().stream()
                .map(Role::realmRole)
                .map(name -> realm.roles().get(name).toRepresentation())
                .toList();
        realm.users().get(userId).roles().realmLevel().add(roles);
        try (Response response = realm.organizations().get(organizationId).members().addMember(userId)) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                realm.users().delete(userId).close();
                throw new IllegalStateException("Keycloak refused the membership: HTTP " + response.getStatus());
            }
        }
    }

    @Override
    public void deleteOrganization(String organizationId) {
        try (Response ignored = realm().organizations().get(organizationId).delete()) {
            // best effort compensation
        }
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
