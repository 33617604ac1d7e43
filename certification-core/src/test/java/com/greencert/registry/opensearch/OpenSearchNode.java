package com.greencert.registry.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real single-node OpenSearch for tests, from the distribution Maven unpacked ({@code greencert.opensearch.home}).
 * OpenSearch refuses to run as root, so where the build runs as root it is started as {@code nobody} (with its data
 * and logs in a directory that user owns). On the JVM running the tests; stopped with its process tree.
 */
public final class OpenSearchNode implements AutoCloseable {

    private final ProcessBuilder command;
    private final Path work;
    private final URI url;
    private Process process;

    private OpenSearchNode(ProcessBuilder command, Path work, URI url) {
        this.command = command;
        this.work = work;
        this.url = url;
    }

    public URI url() {
        return url;
    }

    /** For the benchmark (bench/registry-compare.sh): starts a node, prints its URL, runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        OpenSearchNode node = start();
        Runtime.getRuntime().addShutdownHook(new Thread(node::close));
        System.out.println("OPENSEARCH_URL=" + node.url());
        Thread.currentThread().join();
    }

    public static OpenSearchNode start() {
        String home = System.getProperty("greencert.opensearch.home");
        if (home == null || !Files.isDirectory(Path.of(home))) {
            throw new IllegalStateException("No OpenSearch distribution at greencert.opensearch.home=" + home
                    + " (Maven unpacks it in generate-test-resources)");
        }
        try {
            Path work = Files.createTempDirectory("greencert-opensearch-");
            int http = freePort();
            int transport = freePort();
            Path config = copy(Path.of(home, "config"), work.resolve("config")); // the distribution's is root-only (0660)
            boolean root = "root".equals(System.getProperty("user.name"));
            List<String> command = new ArrayList<>();
            Files.createDirectories(work.resolve("logs"));
            Path options = config.resolve("jvm.options"); // its log and dump paths are relative to the (read-only) home
            Files.writeString(options, Files.readString(options).replace("logs/", work.resolve("logs") + "/")
                    .replace("HeapDumpPath=data", "HeapDumpPath=" + work));
            if (root) {
                new ProcessBuilder("chown", "-R", "nobody", work.toString()).inheritIO().start().waitFor();
                command.addAll(List.of("runuser", "-u", "nobody", "--"));
            }
            command.addAll(List.of("bash", Path.of(home, "bin", "opensearch").toString(),
                    "-Ediscovery.type=single-node", "-Ehttp.port=" + http, "-Etransport.port=" + transport,
                    "-Enetwork.host=127.0.0.1", "-Epath.data=" + work.resolve("data"), "-Epath.logs=" + work.resolve("logs"),
                    "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
            ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("console.log").toFile()));
            pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
            String heap = System.getProperty("greencert.opensearch.heap", "512m");
            pb.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
            pb.environment().put("OPENSEARCH_TMPDIR", work.toString());
            pb.environment().put("OPENSEARCH_PATH_CONF", config.toString());
            OpenSearchNode node = new OpenSearchNode(pb, work, URI.create("http://127.0.0.1:" + http + "/"));
            node.restart();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the node again after {@link #close()}, on the same port and data (a search cluster back from an outage). */
    public void restart() {
        try {
            process = command.start();
            awaitGreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitGreen() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped at start:\n" + tail());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(url.resolve("_cluster/health?wait_for_status=yellow&timeout=1s"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("OpenSearch did not start in 120 s:\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(work.resolve("console.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the node (its data stays for {@link #restart()}). */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
