package com.greencert.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashingWriterTest {

    @Test
    void writing_and_hashing_on_another_thread_gives_the_same_file_and_digest_as_inline() throws Exception {
        byte[] bytes = new byte[3_000_001];
        new Random(5).nextBytes(bytes);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        java.util.concurrent.ThreadFactory threads = Thread.ofPlatform().daemon().factory();
        {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            assertThat(hash(new HashingWriter(written, 64 * 1024, threads), bytes)).isEqualTo(expected);
            assertThat(written.toByteArray()).isEqualTo(bytes);
            written.reset();
            assertThat(hash(new HashingWriter(written, 64 * 1024), bytes)).isEqualTo(expected);
            assertThat(written.toByteArray()).isEqualTo(bytes);
            // an upload that fails half-way stops its thread
            HashingWriter abandoned = new HashingWriter(OutputStream.nullOutputStream(), 1024, threads);
            abandoned.add(abandoned.buffer(), 10);
            abandoned.close();
            assertThat(hash(new HashingWriter(OutputStream.nullOutputStream(), 1000, threads), bytes))
                    .as("the thread is free again").isEqualTo(expected);
            // a write that fails (a full disk) fails the upload, on whichever thread it happened
            OutputStream full = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            };
            assertThatThrownBy(() -> hash(new HashingWriter(full, 1000, threads), bytes)).hasMessageContaining("No space");
        }
    }

    private static String hash(HashingWriter sha, byte[] bytes) throws Exception {
        try (sha) {
            int offset = 0;
            while (offset < bytes.length) {
                byte[] buffer = sha.buffer();
                int n = Math.min(buffer.length, bytes.length - offset);
                System.arraycopy(bytes, offset, buffer, 0, n);
                sha.add(buffer, n);
                offset += n;
            }
            return sha.finish();
        }
    }
}
