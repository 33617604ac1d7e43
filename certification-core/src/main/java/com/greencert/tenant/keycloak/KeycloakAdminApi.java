package com.greencert.tenant.keycloak;

import com.greencert.shared.config.GreenCertConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Keycloak's admin REST API for the realm, called as the portal client's service account (client
 * credentials; the realm grants it the realm-management roles it needs), with the JDK's HTTP client and
 * JSON-P (see ADR 0003 for why not the admin client library). The token is kept until shortly before it
 * expires.
 */
@ApplicationScoped
public class KeycloakAdminApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    GreenCertConfig config;

    private String accessToken;
    private Instant tokenExpiry = Instant.MIN;

    /** Calls {@code /admin/realms/<realm><path>} with an optional JSON body. */
    HttpResponse<String> send(String method, String path, JsonValue body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(config.keycloakUrl() + "/admin/realms/" + config.realm() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return call(request.build());
    }

    /** A GET that must answer 200 with a JSON object. */
    JsonObject getObject(String path, String what) {
        return json(expect(send("GET", path, null), 200, what));
    }

    /** A GET that must answer 200 with a JSON array. */
    JsonArray getArray(String path, String what) {
        return Json.createReader(new StringReader(expect(send("GET", path, null), 200, what).body())).readArray();
    }

    private synchronized String token() {
        if (accessToken == null || Instant.now().isAfter(tokenExpiry)) {
            String form = "grant_type=client_credentials&client_id=" + encode(config.portalClientId())
                    + "&client_secret=" + encode(config.portalClientSecret());
            HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(config.issuer()
                            + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            JsonObject token = json(expect(response, 200, "service account token"));
            accessToken = token.getString("access_token");
            tokenExpiry = Instant.now().plusSeconds(Math.max(10, token.getInt("expires_in", 60) - 30));
        }
        return accessToken;
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak refused the " + what + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        return response;
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
