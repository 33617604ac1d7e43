package com.greencert.shared.health;

import com.greencert.shared.config.GreenCertConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak serves the realm's signing keys (JWKS), without which no token verifies. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    GreenCertConfig config;

    @Override
    public HealthCheckResponse call() {
        String jwks = config.jwksUrl();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(jwks))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && response.body().contains("\"keys\"");
            return HealthCheckResponse.named("keycloak-jwks").status(up)
                    .withData("reason", up ? "ok" : "HTTP " + response.statusCode() + " from " + jwks).build();
        } catch (IOException | RuntimeException e) {
            return HealthCheckResponse.named("keycloak-jwks").down()
                    .withData("reason", Reasons.oneLine(e) + " (" + jwks + ")").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("keycloak-jwks").down().withData("reason", "interrupted").build();
        }
    }
}
