package com.greencert.evidence.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Content-addressed storage of immutable files: a blob's key is the SHA-256 of its bytes, so identical
 * content is stored once and a blob never changes. An upload is first staged (hashed, counted and
 * limited while it is written), inspected, then committed or discarded. Implemented on a file system
 * ({@link FileSystemBlobStore}); an S3-compatible object store would implement the same contract
 * (docs/adr/0007-evidence-storage.md).
 */
public interface BlobStore {

    /** Reads the stream into a temporary blob; refuses as soon as it is longer than {@code limit} bytes. */
    default StagedBlob stage(InputStream content, long limit) throws IOException {
        return stage(content, limit, ChunkObserver.NONE);
    }

    /**
     * Reads the stream into a temporary blob in one pass, hashing and counting it and showing every chunk
     * to the observer on the way (which may refuse it); refuses as soon as it is longer than {@code limit}
     * bytes. A refused or failed upload leaves nothing behind.
     */
    StagedBlob stage(InputStream content, long limit, ChunkObserver observer) throws IOException;

    /** Moves a staged blob to its key, atomically; if the key exists already the staged copy is dropped. */
    StoredBlob commit(StagedBlob staged) throws IOException;

    /** Deletes a staged blob that was refused. */
    void discard(StagedBlob staged);

    /** Stages and commits at once. */
    default StoredBlob put(InputStream content, long limit) throws IOException {
        return commit(stage(content, limit));
    }

    boolean exists(String key);

    /** The bytes of a blob, as stored (not verified). */
    InputStream open(String key) throws IOException;

    /**
     * The bytes of a blob, verified: the whole blob is hashed against its key first (a mismatch throws
     * {@link BlobCorruptedException} and nothing is served), and hashed again while it is read (a change
     * meanwhile ends the stream with an {@link java.io.IOException} instead of a clean end).
     */
    InputStream openVerified(String key) throws IOException;
}
