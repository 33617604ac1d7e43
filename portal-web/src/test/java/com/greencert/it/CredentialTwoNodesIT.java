package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.keycloak.KeycloakServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on one database agree within seconds on a credential's status: a second node that has just
 * verified a credential (and so holds the body's status lists in its cache) says "suspended" a few seconds
 * after the body suspended the certification on the first node, and "valid" again after the restoration —
 * no message between the nodes, only the database (ADR 0016).
 */
@ExtendWith(StackExtension.class)
class CredentialTwoNodesIT {

    private static final Logger LOG = Logger.getLogger(CredentialTwoNodesIT.class.getName());
    private static final String NODE = "payara-credentials";
    private static final Duration AGREE_WITHIN = Duration.ofSeconds(15);

    private static Stack stack;
    private static CertificationSteps steps;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        steps = new CertificationSteps(s);
    }

    @Test
    void a_suspension_decided_on_one_node_is_seen_by_the_verification_of_another_within_seconds() throws Exception {
        String li = steps.api.token("li.supplier");
        String sun = steps.api.token("sun.decider");
        String app = steps.evaluated(li, steps.api.token("chen.assessor"), "chen.assessor");
        steps.act(steps.api.token("zhou.reviewer"), app, "review", "{\"recommendation\":\"GRANT\"}");
        steps.act(sun, app, "decide", "{\"outcome\":\"GRANT\"}");
        JsonArray credentials = (JsonArray) steps.api.get("/api/applications/" + app + "/credentials", li).jsonStructure();
        String id = credentials.getJsonObject(0).getString("id");
        String jws = steps.api.get("/api/public/credentials/" + id, null).body();

        int port = KeycloakServer.freePort();
        Path log = stack.workDir.resolve(NODE + ".log");
        Process node = stack.launchPortal(port, NODE, log);
        try {
            Stack.awaitReady(port, node, log);
            assertThat(verify(port, jws).getBoolean("valid")).as("valid on the second node").isTrue();

            steps.act(sun, app, "suspend", "{\"reason\":\"Surveillance audit refused by the holder\"}");
            long took = until(port, jws, r -> "suspended".equals(r.getString("reason", null)));
            LOG.info("The second node said suspended " + took + " ms after the first node's decision");

            steps.act(sun, app, "restore", "{\"reason\":\"Surveillance audit held\"}");
            took = until(port, jws, r -> r.getBoolean("valid"));
            LOG.info("The second node said valid " + took + " ms after the first node's restoration");
        } finally {
            node.destroy();
            node.waitFor();
        }
    }

    /** Asks the second node until its answer satisfies the test; returns how long that took. */
    private static long until(int port, String jws, Predicate<JsonObject> seen) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + AGREE_WITHIN.toNanos();
        JsonObject last;
        do {
            last = verify(port, jws);
            if (seen.test(last)) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the second node still answers " + last + " after " + AGREE_WITHIN);
    }

    private static JsonObject verify(int port, String jws) {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/verify"))
                .header("Content-Type", "application/vc+jwt").POST(HttpRequest.BodyPublishers.ofString(jws)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

}
