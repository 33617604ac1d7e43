package com.greencert.tenant.keycloak;

import static com.greencert.tenant.keycloak.KeycloakAdminApi.encode;

import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Recipient;
import com.greencert.notification.service.RecipientDirectory;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the people a notification is for in Keycloak at send time: users by id or user name, or the
 * members of a tenant's organization who hold a realm role (effective roles, so roles from groups and
 * composites count). Disabled users are left out. The language is the user's {@code locale} attribute.
 * Needs the realm-management roles view-users and query-users (and view-realm for organizations), which the
 * realm grants the portal's service account.
 */
@ApplicationScoped
public class KeycloakRecipientDirectory implements RecipientDirectory {

    private static final Pattern USER_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int PAGE = 100;

    @Inject
    KeycloakAdminApi admin;

    /** Organization ids by alias; aliases never change, an entry is dropped when Keycloak no longer knows the id. */
    private final Map<String, String> organizations = new ConcurrentHashMap<>();

    @Override
    public List<Recipient> resolve(Recipients recipients) {
        Map<String, Recipient> found = new LinkedHashMap<>();
        if (recipients.role().isPresent()) {
            for (JsonObject member : members(recipients.tenant().orElseThrow())) {
                if (member.getBoolean("enabled", true) && hasRole(member.getString("id"), recipients.role().get())) {
                    user(member.getString("id")).ifPresent(r -> found.put(r.userId(), r));
                }
            }
        }
        for (String u : recipients.namedUsers()) {
            Optional<Recipient> r = USER_ID.matcher(u).matches() ? user(u) : byUsername(u);
            r.ifPresent(recipient -> found.put(recipient.userId(), recipient));
        }
        return List.copyOf(found.values());
    }

    private List<JsonObject> members(TenantId tenant) {
        String orgId = organizationId(tenant);
        var response = admin.send("GET", "/organizations/" + orgId + "/members?first=0&max=1", null);
        if (response.statusCode() == 404) {
            organizations.remove(tenant.value());
            orgId = organizationId(tenant);
        }
        List<JsonObject> members = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonArray page = admin.getArray("/organizations/" + orgId + "/members?first=" + first + "&max=" + PAGE,
                    "members of " + tenant);
            members.addAll(page.getValuesAs(JsonObject.class));
            if (page.size() < PAGE) {
                return members;
            }
        }
    }

    private String organizationId(TenantId tenant) {
        String cached = organizations.get(tenant.value());
        if (cached != null) {
            return cached;
        }
        for (int first = 0; ; first += PAGE) {
            JsonArray page = admin.getArray("/organizations?briefRepresentation=true&first=" + first + "&max=" + PAGE,
                    "organizations");
            for (JsonObject org : page.getValuesAs(JsonObject.class)) {
                organizations.put(org.getString("alias"), org.getString("id"));
            }
            if (organizations.containsKey(tenant.value())) {
                return organizations.get(tenant.value());
            }
            if (page.size() < PAGE) {
                throw new IllegalStateException("Keycloak has no organization " + tenant);
            }
        }
    }

    private boolean hasRole(String userId, Role role) {
        return admin.getArray("/users/" + userId + "/role-mappings/realm/composite", "roles of user " + userId)
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> role.realmRole().equals(r.getString("name", "")));
    }

    private Optional<Recipient> user(String id) {
        var response = admin.send("GET", "/users/" + id, null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return recipient(KeycloakAdminApi.json(KeycloakAdminApi.expect(response, 200, "user " + id)));
    }

    private Optional<Recipient> byUsername(String username) {
        return admin.getArray("/users?exact=true&briefRepresentation=false&username=" + encode(username), "user " + username)
                .getValuesAs(JsonObject.class).stream()
                .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
                .findFirst().flatMap(KeycloakRecipientDirectory::recipient);
    }

    static Optional<Recipient> recipient(JsonObject user) {
        if (!user.getBoolean("enabled", true)) {
            return Optional.empty();
        }
        String name = (user.getString("firstName", "") + " " + user.getString("lastName", "")).strip();
        return Optional.of(new Recipient(user.getString("id"), user.getString("username"), user.getString("email", null),
                name, attribute(user, "locale")));
    }

    private static String attribute(JsonObject user, String name) {
        JsonObject attributes = user.getJsonObject("attributes");
        if (attributes == null || !attributes.containsKey(name) || attributes.get(name).getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        JsonArray values = attributes.getJsonArray(name);
        return values.isEmpty() ? null : values.getString(0, null);
    }
}
