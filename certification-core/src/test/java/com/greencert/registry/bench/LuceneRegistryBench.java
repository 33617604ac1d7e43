package com.greencert.registry.bench;

import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.lucene.LuceneRegistrySearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The floor of the registry benchmark (bench/registry-lucene.sh): builds the embedded engine's index for N
 * synthetic suppliers in a temporary directory (full reindex time, index size, heap), then runs the mixed
 * query set at C threads through {@link LuceneRegistrySearch#search} (the engine the API calls, without HTTP)
 * and prints p50/p95/p99. Not a test. Arguments: suppliers (150000), queries (20000), threads (16), seed (42).
 */
public final class LuceneRegistryBench {

    public static void main(String[] args) throws Exception {
        int suppliers = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        SyntheticRegistry registry = new SyntheticRegistry(seed);
        Path dir = Files.createTempDirectory("registry-bench-");
        try (LuceneRegistrySearch index = new LuceneRegistrySearch(dir)) {
            long start = System.nanoTime();
            long products = 0;
            List<SupplierDocument> batch = new ArrayList<>();
            for (int i = 0; i < suppliers; i++) {
                SupplierDocument d = registry.supplier(i).document();
                products += d.products().size();
                batch.add(d);
                if (batch.size() == 5000) {
                    index.apply(batch, List.of(), 0);
                    batch.clear();
                }
            }
            index.apply(batch, List.of(), 1);
            double reindexSeconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("suppliers %d, products %d; full reindex %.1f s (%.0f suppliers/s); index %.1f MB; heap used %.0f MB%n",
                    suppliers, products, reindexSeconds, suppliers / reindexSeconds, size(dir) / 1e6, heap / 1e6);
            List<String> texts = QuerySet.of(registry, suppliers, queries, seed + 1);
            run(index, texts.subList(0, Math.min(2000, texts.size())), threads); // warm-up
            long[] nanos = run(index, texts, threads);
            Arrays.sort(nanos);
            System.out.printf("bare Lucene, %d queries at %d threads: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", nanos.length,
                    threads, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long[] run(LuceneRegistrySearch index, List<String> texts, int threads) throws Exception {
        long[] nanos = new long[texts.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    index.search(RegistryQuery.of(texts.get(i)));
                    nanos[i] = System.nanoTime() - s;
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return nanos;
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
