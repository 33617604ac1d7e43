package com.greencert.credential.jose;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Ed25519 verifications per second on one thread (one core): BouncyCastle behind our nimbus verifier (the
 * credential's signature alone, and parse + verify of the whole compact JWS), against the JDK's EdDSA. Run with
 * {@code bench/ed25519-verify-jmh.sh}; not part of the build's tests. Goal: ≥ 8,000/s per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class Ed25519VerifyBenchmark {

    private String compact;
    private ParsedJws parsed;
    private PublicKeyVerifier verifier;
    private Signature jdk;
    private byte[] signingInput;
    private byte[] jdkSignature;

    @Setup
    public void setUp() throws Exception {
        String kid = "did:web:localhost%3A8080:bodies:sinoeco-cert#key-1";
        KeyMaterial key = CredentialJose.generate(CredentialJose.EDDSA, kid);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "https://test.uncefact.org/vocabulary/untp/dcc/0.6.0/"));
        vc.put("id", "urn:uuid:6f1c7f4e-2f7c-4d7e-9c51-1b3c2c7d9e11");
        vc.put("filler", "x".repeat(2_500)); // a credential of a realistic size (~3 KB)
        compact = CredentialJose.sign(CredentialJose.json(vc), kid, CredentialJose.EDDSA, key.privateKey());
        parsed = CredentialJose.parse(compact);
        verifier = CredentialJose.verifier(key.publicJwk());
        signingInput = compact.substring(0, compact.lastIndexOf('.')).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(signingInput);
        jdkSignature = signer.sign();
        jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(pair.getPublic());
    }

    @Benchmark
    public boolean bouncyCastleVerify() {
        return parsed.verifiedBy(verifier);
    }

    @Benchmark
    public boolean bouncyCastleParseAndVerify() throws JoseRefusal {
        return CredentialJose.parse(compact).verifiedBy(verifier);
    }

    @Benchmark
    public boolean jdkVerify() throws Exception {
        jdk.update(signingInput);
        return jdk.verify(jdkSignature);
    }
}
