package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operations see: readiness with one-line reasons, the OpenAPI document, access logs naming tenant
 * and user, and recovery without a restart when the database or Keycloak comes back.
 * It stops the shared database and Keycloak and waits until both are back and the portal is ready again,
 * so the classes that run after it find the stack as they expect.
 */
@ExtendWith(StackExtension.class)
class OperationsIT {

    private static Stack stack;
    private static Api api;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
    }

    @Test
    void readiness_reports_database_and_keycloak() {
        Api.Reply ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("\"keycloak-jwks\"").contains("UP");
    }

    @Test
    void the_openapi_document_describes_the_api() {
        Api.Reply openapi = api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/facilities").contains("/api/me").contains("GreenCert API");
    }

    @Test
    void every_request_is_logged_with_tenant_and_user() throws Exception {
        api.get("/api/me", api.token("ben.buyer"));
        String log = Files.readString(stack.portalLog);
        assertThat(log).contains("tenant=pacific-retail user=ben.buyer GET /api/me -> 200");
    }

    @Test
    void readiness_goes_down_with_the_database_and_recovers_without_a_restart() throws Exception {
        stack.mariaDb.stop();
        try {
            Api.Reply down = awaitReadiness(r -> r.status() == 503, Duration.ofSeconds(30));
            assertThat(down.body()).contains("\"database\"").contains("DOWN").contains("reason");
        } finally {
            stack.mariaDb.start();
        }
        awaitReadiness(r -> r.status() == 200, Duration.ofSeconds(60));
        assertThat(api.get("/api/facilities", api.token("li.supplier")).status()).isEqualTo(200);
    }

    @Test
    void readiness_goes_down_with_keycloak_and_recovers_without_a_restart() throws Exception {
        stack.stopKeycloak();
        try {
            Api.Reply down = awaitReadiness(r -> r.status() == 503, Duration.ofSeconds(30));
            assertThat(down.body()).contains("keycloak-jwks").contains("DOWN");
        } finally {
            stack.startKeycloakAgain();
        }
        awaitReadiness(r -> r.status() == 200, Duration.ofSeconds(60));
        assertThat(api.get("/api/me", api.token("li.supplier")).status()).isEqualTo(200);
    }

    private static Api.Reply awaitReadiness(Predicate<Api.Reply> condition, Duration timeout) throws InterruptedException {
        return awaitReadiness(stack.portalUrl(), condition, timeout);
    }

    private static Api.Reply awaitReadiness(String node, Predicate<Api.Reply> condition, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Api.Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node + "/health/ready")).GET());
            } catch (java.io.UncheckedIOException notListeningYet) {
                Thread.sleep(1000);
                continue;
            }
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Readiness never met the condition; last answer: " + last);
    }
}
