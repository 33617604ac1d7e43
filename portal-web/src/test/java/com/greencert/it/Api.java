package com.greencert.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A small HTTP client for the tests: real tokens from Keycloak, real calls to the portal's API. */
public final class Api {

    public static final String DEMO_PASSWORD = "demo1234";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final Stack stack;

    public Api(Stack stack) {
        this.stack = stack;
    }

    public record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        /** The first value of a response header (any case), if there is one. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public JsonObject json() {
            return (JsonObject) Json.createReader(new StringReader(body)).read();
        }

        public JsonStructure jsonStructure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    /** An access token for a demo user, from the realm's test client (password grant). */
    public String token(String username) {
        Reply reply = tokenRequest(username, DEMO_PASSWORD);
        if (reply.status() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + reply);
        }
        return reply.json().getString("access_token");
    }

    public Reply tokenRequest(String username, String password) {
        return form(stack.keycloak.issuer() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "greencert-test", "username", username,
                "password", password, "scope", "openid"));
    }

    public Reply form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply get(String path, String token) {
        return get(URI.create(stack.portalUrl() + path), token);
    }

    /** A GET to any URL (e.g. a second portal node), with the token if there is one. */
    public static Reply get(URI url, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * Every row of one of the API's lists, read page by page (the lists page: 50 rows unless asked for more, at
     * most 500, the total in {@code X-Total-Count}).
     */
    public List<JsonObject> all(String path, String token) {
        List<JsonObject> rows = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            Reply page = get(path + (path.contains("?") ? "&" : "?") + "limit=500&offset=" + offset, token);
            if (page.status() != 200) {
                throw new IllegalStateException(path + ": " + page);
            }
            List<JsonObject> some = page.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
            rows.addAll(some);
            if (some.size() < 500) {
                return rows;
            }
        }
    }

    /** How many rows one of the API's lists has ({@code X-Total-Count}). */
    public long total(String path, String token) {
        Reply page = get(path + (path.contains("?") ? "&" : "?") + "limit=1", token);
        return Long.parseLong(page.header("X-Total-Count").orElseThrow(() -> new IllegalStateException(path + ": " + page)));
    }

    public Reply post(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Reply delete(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path)).DELETE();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /**
     * Any call: a method, a body of any content type (none when {@code contentType} is null) and extra headers
     * given as name, value pairs.
     */
    public Reply call(String method, String path, String token, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * The evidence upload's shape: multipart/form-data with a JSON {@code metadata} part and a {@code file} part,
     * to a path of the portal (an Idempotency-Key header when one is given).
     */
    public Reply upload(String path, String token, String metadata, String fileName, String mediaType, byte[] file,
            String idempotencyKey) {
        return upload(URI.create(stack.portalUrl() + path), token, metadata, fileName, mediaType, file, idempotencyKey);
    }

    /** The same to any node's URL (e.g. a second portal node). */
    public static Reply upload(URI url, String token, String metadata, String fileName, String mediaType, byte[] file,
            String idempotencyKey) {
        String boundary = "----greencert" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
