package com.greencert.keycloak;

import static com.greencert.keycloak.RealmTokensIT.getJsonArray;
import static com.greencert.keycloak.RealmTokensIT.jwtPart;
import static com.greencert.keycloak.RealmTokensIT.tokenRequest;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The local run's Keycloak keeps its database in a directory: started twice on the same directory, the
 * second start does not fail on the realm that is already there (Keycloak skips importing an existing
 * realm), nothing is imported twice, the demo users keep their fixed ids and the fixed key its kid, and a
 * user created through the admin API in the first run (as tenant sign-up does) is still there.
 */
class KeptRealmIT {

    private static final Path DATA = Path.of("target", "kept-realm-it").toAbsolutePath();

    @AfterAll
    static void closeClient() {
        if (RealmTokensIT.http != null) {
            RealmTokensIT.http.close();
        }
    }

    @Test
    void a_second_start_on_the_kept_database_finds_the_realm_and_what_was_added_to_it() throws Exception {
        deleteRecursively(DATA);
        RealmTokensIT.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String username = "kept-" + UUID.randomUUID().toString().substring(0, 8);

        String createdId;
        try (KeycloakServer kc = start()) {
            createdId = createUser(kc, username);
            assertDemoRealmIntact(kc);
        }
        assertThat(DATA.resolve("keycloakdb.mv.db")).exists();

        try (KeycloakServer kc = start()) {
            assertDemoRealmIntact(kc);
            List<JsonObject> found = getJsonArray(kc.baseUrl() + "/admin/realms/greencert/users?exact=true&username="
                    + username, adminToken()).getValuesAs(JsonObject.class);
            assertThat(found).extracting(u -> u.getString("id")).containsExactly(createdId);
            List<JsonObject> realms = getJsonArray(kc.baseUrl() + "/admin/realms", masterToken(kc))
                    .getValuesAs(JsonObject.class);
            assertThat(realms).extracting(r -> r.getString("realm")).containsOnlyOnce("greencert");
        }
        String log = Files.readString(DATA.resolveSibling("kept-realm-it.log"));
        assertThat(log).contains("Realm 'greencert' already exists. Import skipped");
    }

    private static KeycloakServer start() throws Exception {
        Path home = Path.of(System.getProperty("greencert.keycloak.home",
                "../.keycloak/keycloak-" + KeycloakServer.keycloakVersion()));
        int httpPort = KeycloakServer.freePort();
        int mgmtPort = KeycloakServer.freePort();
        while (mgmtPort == httpPort) {
            mgmtPort = KeycloakServer.freePort();
        }
        KeycloakServer kc = KeycloakServer.start(new KeycloakServer.Options(home, httpPort, mgmtPort,
                DATA.resolveSibling("kept-realm-it.log"), Duration.ofMinutes(5)).withDataDir(DATA));
        RealmTokensIT.kc = kc; // the token helpers ask this server
        return kc;
    }

    /** The fixed demo ids, organization and signing key, exactly once. */
    private static void assertDemoRealmIntact(KeycloakServer kc) throws Exception {
        for (RealmTokensIT.DemoUser u : List.of(RealmTokensIT.USERS.getFirst(), RealmTokensIT.USERS.getLast())) {
            String token = tokenRequest(Map.of("grant_type", "password", "client_id", "greencert-test",
                    "username", u.username(), "password", "demo1234")).getString("access_token");
            assertThat(jwtPart(token, 1).getString("sub")).isEqualTo(u.id());
            assertThat(jwtPart(token, 0).getString("kid")).isEqualTo(RealmTokensIT.DEV_KID);
        }
        List<String> aliases = getJsonArray(kc.baseUrl() + "/admin/realms/greencert/organizations?max=100", adminToken())
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("alias")).toList();
        assertThat(aliases).containsExactlyInAnyOrderElementsOf(RealmTokensIT.ORG_TYPES.keySet());
    }

    private static String createUser(KeycloakServer kc, String username) throws Exception {
        HttpResponse<String> r = RealmTokensIT.http.send(HttpRequest.newBuilder(URI.create(
                        kc.baseUrl() + "/admin/realms/greencert/users"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","email":"%s@kept.example","firstName":"Kept","lastName":"User","enabled":true}"""
                        .formatted(username, username))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The portal's service account (manage-users in the greencert realm). */
    private static String adminToken() throws Exception {
        return tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "greencert-portal",
                "client_secret", "portal-dev-secret")).getString("access_token");
    }

    private static String masterToken(KeycloakServer kc) throws Exception {
        HttpResponse<String> r = RealmTokensIT.http.send(HttpRequest.newBuilder(URI.create(
                        kc.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return RealmTokensIT.parse(r.body()).asJsonObject().getString("access_token");
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
