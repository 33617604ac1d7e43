package com.greencert.registry.opensearch;

import static com.greencert.registry.opensearch.Jsons.JSON;

import com.greencert.shared.domain.ServiceUnavailableException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The few REST calls the registry makes to OpenSearch, over the JDK's HTTP client. OpenSearch not answering (or
 * answering 5xx) is a {@link ServiceUnavailableException}: search says 503, the indexer retries at its next poll.
 * An unexpected 4xx is a defect of this code and says what OpenSearch answered.
 */
final class OpenSearchHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    OpenSearchHttp(URI base) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
    }

    URI base() {
        return base;
    }

    /** Sends a JSON body (or none) and returns the JSON answer; {@code accepted} statuses besides 2xx do not throw. */
    JsonObject send(String method, String path, JsonStructure body, int... accepted) {
        return send(method, path, body == null ? null : body.toString(), "application/json", accepted);
    }

    /** A bulk request: newline-delimited JSON. */
    JsonObject bulk(String path, String ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    /** The HTTP status of a HEAD or GET (404 is an answer, not a failure). */
    int status(String path) {
        return exchange("HEAD", path, null, "application/json").statusCode();
    }

    private JsonObject send(String method, String path, String body, String type, int... accepted) {
        HttpResponse<String> r = exchange(method, path, body, type);
        int status = r.statusCode();
        boolean ok = status / 100 == 2 || java.util.Arrays.stream(accepted).anyMatch(a -> a == status);
        if (!ok) {
            if (status >= 500 || status == 429) {
                throw unavailable("HTTP " + status);
            }
            throw new IllegalStateException("OpenSearch " + method + " " + path + " answered " + status + ": "
                    + abbreviate(r.body()));
        }
        String text = r.body();
        if (text == null || text.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private HttpResponse<String> exchange(String method, String path, String body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", type).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private ServiceUnavailableException unavailable(String why) {
        return new ServiceUnavailableException(5, "registry.unavailable", base + " (" + why + ")");
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

}
