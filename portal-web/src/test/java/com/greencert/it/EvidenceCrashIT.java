package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.keycloak.KeycloakServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node is killed (SIGKILL, {@code destroyForcibly}) while an upload is still streaming its body into it.
 * Nothing is recorded; the half-written temporary file of the killed upload (the body streams into the
 * store's {@code <storage dir>/tmp}; a multipart spool {@code MIME*.tmp} in the node's {@code java.io.tmpdir}
 * would count too) is gone once the node has started again (the abandoned-upload sweep at start-up,
 * {@code greencert.storage.tmp-idle-seconds}); and the client's retry with the same Idempotency-Key, whose
 * claim the dead upload left untouched for longer than that, stores exactly one record.
 */
@ExtendWith(StackExtension.class)
class EvidenceCrashIT {

    private static final Logger LOG = Logger.getLogger(EvidenceCrashIT.class.getName());
    private static final String NODE = "payara-crash";
    private static Stack stack;
    private static Api api;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
    }

    @Test
    void a_node_killed_mid_upload_records_nothing_cleans_up_at_start_and_the_retry_stores_once() throws Exception {
        String token = api.token("li.supplier");
        String marker = "crash-" + UUID.randomUUID();
        String key = "idem-" + marker;
        byte[] body = multipart(marker, (int) (Stack.EVIDENCE_MAX_BYTES * 3 / 4));
        int port = KeycloakServer.freePort();
        Path log = stack.workDir.resolve(NODE + ".log");
        Path storageTmp = stack.workDir.resolve("blobs").resolve("tmp");
        Path nodeTmp = stack.workDir.resolve(NODE + "-tmp");
        List<Path> storageTmpBefore = files(storageTmp);

        Process node = stack.launchPortal(port, NODE, log);
        List<Path> halfWritten;
        try {
            Stack.awaitReady(port, node, log);
            List<Path> nodeTmpBefore = files(nodeTmp);
            try (Socket socket = new Socket("localhost", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/evidence HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                        + "Authorization: Bearer " + token + "\r\nIdempotency-Key: " + key + "\r\n"
                        + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                int chunk = 64 * 1024;
                int sent = 0;
                while (sent < body.length / 3) { // a third of the body, slowly, then the node dies
                    out.write(body, sent, chunk);
                    out.flush();
                    sent += chunk;
                    Thread.sleep(40);
                }
                // the store's temporary files, and Jersey's spool of the multipart body (MIMEPull, "MIME*.tmp"):
                // on a loaded machine the node may take a while to open them, so wait for them (the client pauses)
                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                do {
                    halfWritten = Stream.concat(newFiles(storageTmp, storageTmpBefore).stream(),
                            newFiles(nodeTmp, nodeTmpBefore).stream()
                                    .filter(p -> p.getFileName().toString().matches("MIME.*\\.tmp"))).toList();
                    if (halfWritten.isEmpty()) {
                        Thread.sleep(200);
                    }
                } while (halfWritten.isEmpty() && System.nanoTime() < until);
                LOG.info("Killing " + NODE + " after " + sent + " of " + body.length + " bytes; half-written: " + halfWritten);
                node.destroyForcibly();
                node.waitFor();
                try {
                    out.write(body, sent, chunk);
                    out.flush();
                } catch (IOException expected) {
                    // the connection died with the node
                }
            }
            assertThat(node.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            assertThat(halfWritten).as("the upload was being written to a temporary file when the node died").isNotEmpty();
            assertThat(halfWritten).allSatisfy(p -> assertThat(p).exists());

            assertThat(api.get("/api/evidence", token).body()).as("no record of the killed upload").doesNotContain(marker);

            Thread.sleep(Duration.ofSeconds(Stack.TMP_IDLE_SECONDS + 1).toMillis());
            node = stack.launchPortal(port, NODE, log.resolveSibling(NODE + "-restart.log"));
            Stack.awaitReady(port, node, log.resolveSibling(NODE + "-restart.log"));
            assertThat(halfWritten).as("half-written files deleted at the next start").allSatisfy(p -> assertThat(p).doesNotExist());

            Api.Reply retried = post(port, token, key, body);
            assertThat(retried.status()).as(retried.body()).isEqualTo(201);
            Api.Reply again = post(port, token, key, body);
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().getString("id")).isEqualTo(retried.json().getString("id"));
            JsonArray listed = (JsonArray) api.get("/api/evidence", token).jsonStructure();
            assertThat(listed.stream().map(JsonObject.class::cast).filter(e -> e.getString("title").equals(marker)))
                    .as("exactly one record for the key").hasSize(1);
        } finally {
            node.destroy();
            node.waitFor();
        }
    }

    private static final String BOUNDARY = "----greencert-crash";

    private static byte[] multipart(String title, int fileSize) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String metadata = """
                {"type":"TEST_REPORT","title":"%s","issuer":"CTI Testing","issuedOn":"2026-01-15","language":"en"}"""
                .formatted(title);
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] pdf = EvidenceApiIT.pdf(title);
        byte[] file = new byte[fileSize];
        java.util.Arrays.fill(file, (byte) ' ');
        System.arraycopy(pdf, 0, file, 0, pdf.length);
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static Api.Reply post(int port, String token, String key, byte[] body) {
        return Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/evidence"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }


    /** The regular files in a directory, none if it does not exist. */
    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> newFiles(Path dir, List<Path> before) throws IOException {
        return files(dir).stream().filter(p -> !before.contains(p)).filter(p -> {
            try {
                return Files.size(p) > 0;
            } catch (IOException gone) {
                return false;
            }
        }).toList();
    }
}
