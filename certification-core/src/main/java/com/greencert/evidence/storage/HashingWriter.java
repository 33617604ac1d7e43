package com.greencert.evidence.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Writes an upload's chunks, in order, to its temporary file and computes their SHA-256. With a thread
 * factory, a second thread writes and hashes while the request's thread goes on receiving (writing to the page cache
 * and hashing are most of an upload's CPU time, and a request is otherwise one thread): the two hand a few
 * fixed buffers back and forth, so memory stays bounded. Without one, the caller's thread does it all.
 */
final class HashingWriter implements AutoCloseable {

    private static final int DEPTH = 4;

    private final OutputStream out;
    private final MessageDigest sha = sha256();
    private final byte[] single;
    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Chunk> filled;
    private final Future<?> worker;

    private record Chunk(byte[] bytes, int length) {
    }

    /** Writes and hashes on the caller's thread. */
    HashingWriter(OutputStream out, int bufferSize) {
        this.out = out;
        single = new byte[bufferSize];
        free = null;
        filled = null;
        worker = null;
    }

    /** Writes and hashes on a thread of its own, from the factory. */
    HashingWriter(OutputStream out, int bufferSize, ThreadFactory threads) {
        this.out = out;
        single = null;
        free = new ArrayBlockingQueue<>(DEPTH);
        filled = new ArrayBlockingQueue<>(DEPTH + 1);
        for (int i = 0; i < DEPTH; i++) {
            free.add(new byte[bufferSize]);
        }
        FutureTask<Void> task = new FutureTask<>(this::drain);
        worker = task;
        threads.newThread(task).start();
    }

    /** A buffer to fill, free to be overwritten (waits while every buffer is being written). */
    byte[] buffer() throws IOException {
        if (worker == null) {
            return single;
        }
        try {
            byte[] buffer;
            while ((buffer = free.poll(1, TimeUnit.SECONDS)) == null) {
                if (worker.isDone()) {
                    finishWorker();
                    throw new IOException("the writing thread ended early");
                }
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    /** The next {@code length} bytes, in the buffer last given; the buffer must not be touched afterwards. */
    void add(byte[] buffer, int length) throws IOException {
        if (worker == null) {
            out.write(buffer, 0, length);
            sha.update(buffer, 0, length);
            return;
        }
        try {
            filled.put(new Chunk(buffer, length));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    /** Waits until every byte added is written; their digest, hex. */
    String finish() throws IOException {
        if (worker != null) {
            add(null, -1);
            finishWorker();
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Stops the writing thread, if the upload ended without {@link #finish()}. */
    @Override
    public void close() {
        if (worker != null && !worker.isDone()) {
            worker.cancel(true);
        }
    }

    private void finishWorker() throws IOException {
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("writing failed", e.getCause());
        }
    }

    private Void drain() throws IOException, InterruptedException {
        for (Chunk chunk = filled.take(); chunk.length() >= 0; chunk = filled.take()) {
            out.write(chunk.bytes(), 0, chunk.length());
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
