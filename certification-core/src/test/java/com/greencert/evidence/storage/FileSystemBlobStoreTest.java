package com.greencert.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

    @TempDir
    Path root;

    @Test
    void a_blob_is_stored_under_its_sha256_once() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] bytes = "evidence".getBytes();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        StoredBlob first = store.put(new ByteArrayInputStream(bytes), 100);
        StoredBlob again = store.put(new ByteArrayInputStream(bytes), 100);

        assertThat(first).isEqualTo(new StoredBlob(sha, bytes.length)).isEqualTo(again);
        assertThat(root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)).hasBinaryContent(bytes);
        assertThat(store.exists(sha)).isTrue();
        try (InputStream in = store.openVerified(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(tmpFiles()).isZero();
    }

    @Test
    void an_upload_over_the_limit_is_refused_and_leaves_nothing() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ < 10_000_000 ? 'x' : -1;
            }
        };
        assertThatThrownBy(() -> store.stage(endless, 1024 * 1024))
                .hasMessageStartingWith("evidence.file.too.large");
        assertThat(tmpFiles()).isZero();
        assertThat(store.put(new ByteArrayInputStream(new byte[1024]), 1024).size()).isEqualTo(1024);
    }

    @Test
    void the_observer_sees_every_byte_once_and_its_refusal_leaves_nothing() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] bytes = new byte[1_000_000];
        new java.util.Random(1).nextBytes(bytes);
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        StagedBlob staged = store.stage(new ByteArrayInputStream(bytes), bytes.length, seen::write);
        assertThat(seen.toByteArray()).isEqualTo(bytes);
        assertThat(staged.size()).isEqualTo(bytes.length);
        store.discard(staged);

        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(bytes), bytes.length, (b, off, len) -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(tmpFiles()).isZero();
    }

    @Test
    void a_refused_staged_upload_is_discarded() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        StagedBlob staged = store.stage(new ByteArrayInputStream("x".getBytes()), 10);
        assertThat(tmpFiles()).isOne();
        store.discard(staged);
        assertThat(tmpFiles()).isZero();
        assertThat(store.exists(staged.sha256())).isFalse();
    }

    @Test
    void a_corrupted_blob_is_never_served() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        StoredBlob blob = store.put(new ByteArrayInputStream("original".getBytes()), 100);
        Files.writeString(store.pathOf(blob.key()), "tampered");

        assertThatThrownBy(() -> store.openVerified(blob.key())).isInstanceOf(BlobCorruptedException.class);
        assertThatThrownBy(() -> store.pathOf("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void temporary_files_of_killed_uploads_are_swept() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        Path old = Files.writeString(root.resolve("tmp").resolve("upload-1.part"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Files.writeString(root.resolve("tmp").resolve("upload-2.part"), "in progress");

        assertThat(store.deleteAbandonedUploads(Duration.ofMinutes(2))).isOne();
        assertThat(old).doesNotExist();
        assertThat(tmpFiles()).isOne();
    }

    private long tmpFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("tmp"))) {
            return files.count();
        }
    }
}
