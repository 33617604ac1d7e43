package com.greencert.credential.service;

import com.greencert.certification.domain.CertifiedFixture;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole verification of one issued credential (envelope, every check, the report in English) on one thread,
 * over in-memory ports with the per-node caches warm: what {@code POST /api/public/verify} costs besides HTTP.
 * Run with {@code bench/ed25519-verify-jmh.sh VerifyPathBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class VerifyPathBenchmark {

    private CredentialHarness h;
    private String jws;

    @Setup
    public void setUp() {
        h = new CredentialHarness();
        h.changed(CertifiedFixture.granted(), "application.decide");
        jws = h.credentials.issued.getFirst().jws();
        if (!h.verification.verify(jws, Locale.ENGLISH).valid()) {
            throw new IllegalStateException("the benchmark's credential does not verify");
        }
    }

    @Benchmark
    public boolean verify() {
        return h.verification.verify(jws, Locale.ENGLISH).valid();
    }
}
