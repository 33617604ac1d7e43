package com.greencert.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Starts a local Keycloak (the {@code keycloak-quarkus-dist} unpacked by this module into
 * {@code <repo root>/.keycloak/keycloak-<version>}) with the {@code greencert} realm imported
 * from {@value #REALM_RESOURCE}, for development and integration tests.
 *
 * <p>The server uses an in-memory H2 database ({@code db=dev-mem}), so every start is fresh and
 * identical: the realm JSON carries a fixed signing key and fixed user ids, hence tokens and
 * JWKS {@code kid}s stay valid across restarts. With a {@linkplain Options#dataDir() data directory}
 * the same H2 database lives in a file there instead and keeps everything between starts (the local
 * run); the realm is then imported only into an empty database, Keycloak skips the import of a realm
 * that exists. The distribution is built once
 * ({@code kc.sh build}, remembered by the marker file {@value #BUILD_MARKER} in the Keycloak
 * home); every start then runs {@code kc.sh start --optimized}.
 *
 * <p>A temporary master-realm admin {@code admin}/{@code admin} is created (dev only), so the
 * admin console at {@code <baseUrl>/admin} can be used.
 *
 * <pre>{@code
 * try (var kc = KeycloakServer.start(KeycloakServer.Options.defaults(repoRoot).withPorts(
 *         KeycloakServer.freePort(), KeycloakServer.freePort()))) {
 *     String issuer = kc.issuer();
 * }
 * }</pre>
 *
 * Not thread-safe; one instance per started process.
 */
public final class KeycloakServer implements AutoCloseable {

    /** The realm name. */
    public static final String REALM = "greencert";
    /** Classpath location of the realm export. */
    public static final String REALM_RESOURCE = "/realm/greencert-realm.json";
    /** Build-time options given to {@code kc.sh build}; a change triggers a rebuild. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem", "--health-enabled=true");
    /** Marker file (inside the Keycloak home) recording the build options of the last {@code kc.sh build}. */
    static final String BUILD_MARKER = ".greencert-build";

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
    private static final int LOG_TAIL_LINES = 60;

    private final Process process;
    private final int port;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
        this.shutdownHook = new Thread(this::destroy, "keycloak-shutdown-" + port);
    }

    /**
     * Start options.
     *
     * @param keycloakHome   the unpacked distribution ({@code .../keycloak-26.7.3}, containing {@code bin/kc.sh})
     * @param httpPort       HTTP port of the server (issuer host is {@code localhost:<httpPort>})
     * @param managementPort management port, serving {@code /health/ready}
     * @param logFile        file receiving the server's console output (appended)
     * @param startTimeout   how long to wait for readiness (a first start includes {@code kc.sh build})
     * @param dataDir        where Keycloak keeps its database between starts; {@code null}: in memory, fresh each start
     */
    public record Options(Path keycloakHome, int httpPort, int managementPort, Path logFile, Duration startTimeout,
            Path dataDir) {

        /** Default HTTP port of the dev server. */
        public static final int DEFAULT_HTTP_PORT = 8180;
        /** Default management (health) port of the dev server. */
        public static final int DEFAULT_MANAGEMENT_PORT = 9180;

        public Options {
            Objects.requireNonNull(keycloakHome, "keycloakHome");
            Objects.requireNonNull(logFile, "logFile");
            Objects.requireNonNull(startTimeout, "startTimeout");
            checkPort(httpPort);
            checkPort(managementPort);
            if (httpPort == managementPort) {
                throw new IllegalArgumentException("httpPort and managementPort must differ: " + httpPort);
            }
        }

        /** Options for a server that starts fresh each time (database in memory). */
        public Options(Path keycloakHome, int httpPort, int managementPort, Path logFile, Duration startTimeout) {
            this(keycloakHome, httpPort, managementPort, logFile, startTimeout, null);
        }

        /**
         * Defaults for a repository checkout: home {@code <repoRoot>/.keycloak/keycloak-<version>},
         * ports 8180/9180, log {@code <repoRoot>/.keycloak/keycloak-8180.log}, 5 minutes timeout.
         */
        public static Options defaults(Path repoRoot) {
            Path tools = repoRoot.toAbsolutePath().normalize().resolve(".keycloak");
            return new Options(tools.resolve("keycloak-" + keycloakVersion()), DEFAULT_HTTP_PORT, DEFAULT_MANAGEMENT_PORT,
                    tools.resolve("keycloak-" + DEFAULT_HTTP_PORT + ".log"), Duration.ofMinutes(5));
        }

        /** Same options on other ports (the log file name follows the HTTP port if it was a default name). */
        public Options withPorts(int newHttpPort, int newManagementPort) {
            Path log = logFile;
            if (log.getFileName().toString().equals("keycloak-" + httpPort + ".log")) {
                log = log.resolveSibling("keycloak-" + newHttpPort + ".log");
            }
            return new Options(keycloakHome, newHttpPort, newManagementPort, log, startTimeout, dataDir);
        }

        /** Same options, keeping the database in {@code dir} between starts ({@code null}: in memory). */
        public Options withDataDir(Path dir) {
            return new Options(keycloakHome, httpPort, managementPort, logFile, startTimeout,
                    dir == null ? null : dir.toAbsolutePath().normalize());
        }

        private static void checkPort(int p) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("port out of range: " + p);
            }
        }
    }

    /**
     * Builds the distribution if needed, starts Keycloak with the realm imported and blocks until
     * {@code /health/ready} on the management port answers {@code UP}.
     *
     * @throws IOException if the distribution is missing, the build fails, the process exits early or
     *                     does not get ready in time (the message carries the tail of the log)
     */
    public static KeycloakServer start(Options o) throws IOException, InterruptedException {
        Path home = o.keycloakHome().toAbsolutePath().normalize();
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IOException("No Keycloak distribution at " + home
                    + " (run: mvn -pl keycloak-realm generate-resources, which unpacks it)");
        }
        kcSh.toFile().setExecutable(true);
        Path log = o.logFile().toAbsolutePath();
        Files.createDirectories(log.getParent());
        long t0 = System.nanoTime();

        buildIfNeeded(home, log);
        long tBuilt = System.nanoTime();

        Path importDir = Files.createDirectories(home.resolve("data/import"));
        try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IOException("realm export not on classpath: " + REALM_RESOURCE);
            }
            Path tmp = Files.createTempFile(importDir, "greencert-realm", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, importDir.resolve("greencert-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        List<String> cmd = new ArrayList<>(List.of(kcSh.toString(), "start", "--optimized",
                "--http-enabled=true",
                "--http-port=" + o.httpPort(),
                "--http-management-port=" + o.managementPort(),
                "--hostname=http://localhost:" + o.httpPort(),
                "--hostname-strict=false",
                // runtime option in 26.x (not persisted by build): no JGroups cluster, no ports 7800/57800
                "--cache=local",
                "--log-console-color=false",
                "--import-realm"));
        if (o.dataDir() != null) {
            // the dev-mem build's H2 driver, on a file: db-url is a runtime option, so no rebuild. The settings
            // are those of Keycloak's own dev-file URL (its schema has a column named VALUE; Keycloak closes H2)
            Files.createDirectories(o.dataDir());
            cmd.add("--db-url=jdbc:h2:file:" + o.dataDir().toAbsolutePath().resolve("keycloakdb")
                    + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE");
        }
        appendLog(log, "\n===== " + java.time.Instant.now() + " " + String.join(" ", cmd) + "\n");
        ProcessBuilder pb = kcProcess(home, cmd, log);
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        KeycloakServer server = new KeycloakServer(pb.start(), o.httpPort());
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.awaitReady(o.managementPort(), o.startTimeout().minusNanos(tBuilt - t0), log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        long tReady = System.nanoTime();
        LOG.log(System.Logger.Level.INFO, "Keycloak ready at {0} in {1} ms (build {2} ms, start {3} ms); log: {4}",
                server.baseUrl(), (tReady - t0) / 1_000_000, (tBuilt - t0) / 1_000_000, (tReady - tBuilt) / 1_000_000, log);
        return server;
    }

    /** {@code http://localhost:<port>} */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code baseUrl() + "/realms/greencert"}: the {@code iss} claim of the realm's tokens. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The HTTP port. */
    public int port() {
        return port;
    }

    /** Stops Keycloak (its whole process tree) and waits for it to exit. Idempotent. */
    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrRemoved) {
            // nothing to do
        }
    }

    /** A currently free TCP port on this host (there is a small race until it is bound). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the dev server until killed: {@code KeycloakServer [httpPort [managementPort [dataDir]]]}, defaults
     * 8180/9180 and an in-memory database; with {@code dataDir} the database is kept there between runs.
     * The repository root is taken from {@code -Dgreencert.root}, else the first directory upwards from the
     * working directory that contains {@code .keycloak}.
     */
    public static void main(String[] args) throws Exception {
        int http = args.length > 0 ? Integer.parseInt(args[0]) : Options.DEFAULT_HTTP_PORT;
        int mgmt = args.length > 1 ? Integer.parseInt(args[1]) : Options.DEFAULT_MANAGEMENT_PORT;
        Options o = Options.defaults(findRepoRoot()).withPorts(http, mgmt)
                .withDataDir(args.length > 2 ? Path.of(args[2]) : null);
        System.out.println("Starting Keycloak " + keycloakVersion() + " from " + o.keycloakHome() + ", log: " + o.logFile()
                + (o.dataDir() == null ? ", database in memory" : ", database kept in " + o.dataDir()));
        KeycloakServer kc = start(o);
        System.out.println("Keycloak is ready: " + kc.baseUrl() + "  issuer " + kc.issuer()
                + "  admin console " + kc.baseUrl() + "/admin (admin/admin)");
        System.out.flush();
        int exit = kc.process.waitFor();
        if (!kc.closed) {
            System.err.println("Keycloak exited with " + exit + ", see " + o.logFile());
            System.exit(exit == 0 ? 1 : exit);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** The Keycloak version the module was built with (from the filtered {@code keycloak.properties}). */
    static String keycloakVersion() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("keycloak.properties")) {
            Properties p = new Properties();
            p.load(Objects.requireNonNull(in, "keycloak.properties missing"));
            return p.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code kc.sh build} unless the marker says it already ran with {@link #BUILD_OPTIONS}.
     * A file lock keeps two JVMs (e.g. two modules' tests) from building the same home at once.
     */
    private static void buildIfNeeded(Path home, Path log) throws IOException, InterruptedException {
        Path marker = home.resolve(BUILD_MARKER);
        String wanted = String.join(" ", BUILD_OPTIONS) + "\n";
        try (FileChannel ch = FileChannel.open(home.resolve(BUILD_MARKER + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(wanted)) {
                return;
            }
            Files.deleteIfExists(marker);
            List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
            cmd.addAll(BUILD_OPTIONS);
            appendLog(log, "\n===== " + java.time.Instant.now() + " " + String.join(" ", cmd) + "\n");
            LOG.log(System.Logger.Level.INFO, "Building Keycloak once ({0}), this takes 30-60 s", String.join(" ", BUILD_OPTIONS));
            Process build = kcProcess(home, cmd, log).start();
            if (!build.waitFor(10, TimeUnit.MINUTES)) {
                destroyTree(build.toHandle());
                throw new IOException("kc.sh build timed out\n" + tail(log));
            }
            if (build.exitValue() != 0) {
                throw new IOException("kc.sh build failed with exit code " + build.exitValue() + "\n" + tail(log));
            }
            Files.writeString(marker, wanted);
        }
    }

    private static ProcessBuilder kcProcess(Path home, List<String> cmd, Path log) {
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = pb.environment();
        // Keycloak 26 needs Java >= 21: hand it the JDK running this launcher (compiled for 25).
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("JAVA_OPTS"); // kc.sh replaces its tuned defaults with an inherited JAVA_OPTS
        return pb;
    }

    private void awaitReady(int managementPort, Duration timeout, Path log) throws IOException, InterruptedException {
        URI health = URI.create("http://localhost:" + managementPort + "/health/ready");
        long deadline = System.nanoTime() + Math.max(timeout.toNanos(), Duration.ofSeconds(10).toNanos());
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException("Keycloak exited with code " + process.exitValue() + " before it was ready\n" + tail(log));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (ConnectException | java.net.http.HttpTimeoutException notYet) {
                    // not listening yet
                } catch (IOException notYet) {
                    // e.g. connection reset during startup
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("Keycloak not ready after " + timeout.toSeconds() + " s (" + health + ")\n" + tail(log));
                }
                Thread.sleep(250);
            }
        }
    }

    private void destroy() {
        if (closed) {
            return;
        }
        closed = true;
        destroyTree(process.toHandle());
    }

    /** SIGTERM to the children (the JVM started by kc.sh) and the process, then SIGKILL after 30 s. */
    private static void destroyTree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // give up; the OS reaps it
                }
            }
        }
    }

    private static void appendLog(Path log, String text) throws IOException {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The last {@value #LOG_TAIL_LINES} lines of the log (reads at most the last 64 KiB). */
    static String tail(Path log) {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long len = f.length();
            long from = Math.max(0, len - 65536);
            byte[] buf = new byte[(int) (len - from)];
            f.seek(from);
            f.readFully(buf);
            String[] lines = new String(buf, StandardCharsets.UTF_8).split("\n");
            int start = Math.max(0, lines.length - LOG_TAIL_LINES);
            return "----- " + log + " (last lines) -----\n"
                    + String.join("\n", java.util.Arrays.copyOfRange(lines, start, lines.length));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static Path findRepoRoot() {
        String explicit = System.getProperty("greencert.root");
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".keycloak"))) {
                return p;
            }
        }
        return cwd;
    }
}
