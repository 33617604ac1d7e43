package com.greencert.evidence.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of an upload's chunks, in their order. With an executor, a second thread hashes while the
 * request's thread goes on receiving and writing (hashing is half of an upload's CPU time, and a request
 * is otherwise one thread): the two hand a few fixed buffers back and forth, so memory stays bounded.
 * Without one, the caller's thread hashes.
 */
final class Sha256Pipeline implements AutoCloseable {

    private static final int DEPTH = 4;

    private final MessageDigest sha = sha256();
    private final byte[] single;
    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Chunk> filled;
    private final Future<?> worker;

    private record Chunk(byte[] bytes, int length) {
    }

    /** Hashes on the caller's thread. */
    Sha256Pipeline(int bufferSize) {
        single = new byte[bufferSize];
        free = null;
        filled = null;
        worker = null;
    }

    /** Hashes on a thread of the executor. */
    Sha256Pipeline(int bufferSize, ExecutorService executor) {
        single = null;
        free = new ArrayBlockingQueue<>(DEPTH);
        filled = new ArrayBlockingQueue<>(DEPTH + 1);
        for (int i = 0; i < DEPTH; i++) {
            free.add(new byte[bufferSize]);
        }
        worker = executor.submit(this::hashChunks);
    }

    /** A buffer to fill, free to be overwritten (waits while every buffer is being hashed). */
    byte[] buffer() throws IOException {
        if (worker == null) {
            return single;
        }
        try {
            byte[] buffer;
            while ((buffer = free.poll(1, TimeUnit.SECONDS)) == null) {
                if (worker.isDone()) {
                    throw new IOException("the hashing thread ended early");
                }
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
    }

    /** The next {@code length} bytes, in the buffer last given; the buffer must not be touched afterwards. */
    void add(byte[] buffer, int length) throws IOException {
        if (worker == null) {
            sha.update(buffer, 0, length);
            return;
        }
        put(new Chunk(buffer, length));
    }

    /** The digest of every byte added, hex. */
    String hex() throws IOException {
        if (worker != null) {
            put(new Chunk(null, -1));
            try {
                worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while hashing");
            } catch (ExecutionException e) {
                throw new IOException("hashing failed", e.getCause());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Stops the hashing thread, if the upload ended without {@link #hex()}. */
    @Override
    public void close() {
        if (worker != null && !worker.isDone()) {
            worker.cancel(true);
        }
    }

    private void put(Chunk chunk) throws IOException {
        try {
            filled.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        }
    }

    private Void hashChunks() throws InterruptedException {
        for (Chunk chunk = filled.take(); chunk.length() >= 0; chunk = filled.take()) {
            sha.update(chunk.bytes(), 0, chunk.length());
            free.put(chunk.bytes());
        }
        return null;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
