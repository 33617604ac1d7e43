package com.greencert.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class Sha256PipelineTest {

    @Test
    void hashing_on_another_thread_gives_the_same_digest_as_inline() throws Exception {
        byte[] bytes = new byte[3_000_001];
        new Random(5).nextBytes(bytes);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            assertThat(hash(new Sha256Pipeline(64 * 1024, executor), bytes)).isEqualTo(expected);
            assertThat(hash(new Sha256Pipeline(64 * 1024), bytes)).isEqualTo(expected);
            // an upload that fails half-way stops its hashing thread
            Sha256Pipeline abandoned = new Sha256Pipeline(1024, executor);
            abandoned.add(abandoned.buffer(), 10);
            abandoned.close();
            assertThat(hash(new Sha256Pipeline(1000, executor), bytes)).as("the thread is free again").isEqualTo(expected);
        } finally {
            executor.shutdownNow();
        }
    }

    private static String hash(Sha256Pipeline sha, byte[] bytes) throws Exception {
        try (sha) {
            int offset = 0;
            while (offset < bytes.length) {
                byte[] buffer = sha.buffer();
                int n = Math.min(buffer.length, bytes.length - offset);
                System.arraycopy(bytes, offset, buffer, 0, n);
                sha.add(buffer, n);
                offset += n;
            }
            return sha.hex();
        }
    }
}
