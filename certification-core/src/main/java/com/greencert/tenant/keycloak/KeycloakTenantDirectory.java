package com.greencert.tenant.keycloak;

import jakarta.json.JsonArray;
import java.util.Optional;
import static com.greencert.tenant.keycloak.KeycloakAdminApi.expect;
import static com.greencert.tenant.keycloak.KeycloakAdminApi.json;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;

/**
 * Keycloak organizations are GreenCert tenants. The portal's confidential client acts through its
 * service account (client credentials), which the realm grants the admin roles this needs.
 * Talks to Keycloak's admin REST API with the JDK's HTTP client and JSON-P, on purpose: the Keycloak
 * admin client library brings a second JAX-RS implementation (RESTEasy) into the WAR, whose
 * {@code RuntimeDelegate} then replaces the server's for the whole application (see ADR 0003).
 */
@ApplicationScoped
public class KeycloakTenantDirectory implements TenantDirectory {

    private static final int PAGE = 100;

    @Inject
    KeycloakAdminApi admin;

    @Override
    public String createOrganization(TenantId alias, String name, TenantType type) {
        JsonObject org = Json.createObjectBuilder()
                .add("alias", alias.value())
                .add("name", name)
                .add("enabled", true)
                .add("attributes", Json.createObjectBuilder().add("type", Json.createArrayBuilder().add(type.name())))
                .build();
        HttpResponse<String> response = send("POST", "/organizations", org);
        if (response.statusCode() == 409) {
            throw new RuleViolationException("tenant.exists", alias);
        }
        return createdId(response, "organization " + alias);
    }

    @Override
    public void createMember(String organizationId, Member member, String temporaryPassword) {
        JsonObject user = Json.createObjectBuilder()
                .add("username", member.username())
                .add("email", member.email())
                .add("firstName", orEmpty(member.firstName()))
                .add("lastName", orEmpty(member.lastName()))
                .add("enabled", true)
                .add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", temporaryPassword).add("temporary", true)))
                .build();
        HttpResponse<String> created = send("POST", "/users", user);
        if (created.statusCode() == 409) {
            throw new RuleViolationException("user.exists", member.username());
        }
        String userId = createdId(created, "user " + member.username());
        try {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            for (Role role : member.roles()) {
                roles.add(json(expect(send("GET", "/roles/" + role.realmRole(), null), 200, "role")));
            }
            expect(send("POST", "/users/" + userId + "/role-mappings/realm", roles.build()), 204, "role mapping");
            expect(send("POST", "/organizations/" + organizationId + "/members", Json.createValue(userId)), 201,
                    "membership");
        } catch (RuntimeException e) {
            send("DELETE", "/users/" + userId, null);
            throw e;
        }
    }

    @Override
    public void deleteOrganization(String organizationId) {
        send("DELETE", "/organizations/" + organizationId, null);
    }

    @Override
    public Optional<String> organizationId(TenantId alias) {
        // the admin API searches organizations by name or domain, not by alias: page through them (invitations are rare)
        for (int first = 0; ; first += PAGE) {
            JsonArray orgs = admin.getArray("/organizations?briefRepresentation=true&first=" + first + "&max=" + PAGE,
                    "organizations");
            for (JsonValue org : orgs) {
                if (alias.value().equals(org.asJsonObject().getString("alias", null))) {
                    return Optional.of(org.asJsonObject().getString("id"));
                }
            }
            if (orgs.size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    private HttpResponse<String> send(String method, String path, JsonValue body) {
        return admin.send(method, path, body);
    }

    private static String createdId(HttpResponse<String> response, String what) {
        expect(response, 201, what);
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak created the " + what + " without a Location"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
