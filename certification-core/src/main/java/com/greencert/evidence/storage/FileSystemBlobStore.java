package com.greencert.evidence.storage;

import com.greencert.evidence.domain.FileRefusedException;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Blobs as files: {@code <root>/ab/cd/<sha256>}, written first to {@code <root>/tmp/} while hashing and
 * counting (written and hashed on a second thread of the container when one is allowed: {@link HashingWriter}),
 * then moved into place atomically. The root is {@code greencert.storage.dir}. Keys are checked
 * to be 64 hex digits, so no caller-supplied text ever becomes a path.
 */
@ApplicationScoped
public class FileSystemBlobStore implements BlobStore {

    private static final Logger LOG = Logger.getLogger(FileSystemBlobStore.class.getName());
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 128 * 1024;

    /** At most this many uploads get a second thread at once (two cores' worth); the others write and hash inline. */
    private static final int PIPELINES = 2;

    private Path root;

    /**
     * Threads of the container (a thread per upload that gets one, not a pool: the default executor runs one
     * task at a time, and a slow upload would hold it for as long as its client takes).
     */
    @Resource
    ManagedThreadFactory threads;

    private final Semaphore pipelines = new Semaphore(PIPELINES);

    public FileSystemBlobStore() {
        // for CDI: the root comes from configuration
    }

    public FileSystemBlobStore(Path root) {
        this.root = root;
        createDirectories();
    }

    @Inject
    GreenCertConfig config;

    @PostConstruct
    void configure() {
        root = config.storageDir();
        createDirectories();
        LOG.info(() -> "Evidence blobs are stored in " + root);
    }

    private void createDirectories() {
        try {
            Files.createDirectories(tmp());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the blob store in " + root, e);
        }
    }

    private Path tmp() {
        return root.resolve("tmp");
    }

    Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    @Override
    public StagedBlob stage(InputStream content, long limit, ChunkObserver observer) throws IOException {
        Path temp = Files.createTempFile(tmp(), "upload-", ".part");
        boolean pipelined = threads != null && pipelines.tryAcquire();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(temp);
                HashingWriter writer = pipelined ? new HashingWriter(out, BUFFER, threads) : new HashingWriter(out, BUFFER)) {
            while (true) {
                byte[] buffer = writer.buffer();
                int n = content.readNBytes(buffer, 0, buffer.length);
                if (n == 0) {
                    break;
                }
                size += n;
                if (size > limit) {
                    throw FileRefusedException.tooLarge(limit);
                }
                observer.accept(buffer, 0, n);
                writer.add(buffer, n);
            }
            return new FileStagedBlob(temp, writer.finish(), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            if (pipelined) {
                pipelines.release();
            }
        }
    }

    @Override
    public StoredBlob commit(StagedBlob staged) throws IOException {
        FileStagedBlob blob = (FileStagedBlob) staged;
        Path target = pathOf(blob.sha256());
        if (Files.exists(target)) {
            deleteSoon(blob.path); // the same bytes are stored already
            return new StoredBlob(blob.sha256(), blob.size());
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(blob.path, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(blob.path); // the same content arrived concurrently: same bytes, keep theirs
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The blob store's tmp/ must be on the same file system as its root", e);
        }
        return new StoredBlob(blob.sha256(), blob.size());
    }

    /**
     * Deletes a staged copy that is not needed, on another thread if there is one: freeing a large file's
     * pages takes a while, and the upload's answer need not wait for it (a copy left by a failure is swept).
     */
    private void deleteSoon(Path path) throws IOException {
        if (threads == null) {
            Files.deleteIfExists(path);
            return;
        }
        threads.newThread(() -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warning("Could not delete the duplicate upload " + path + " (the sweep will): " + e);
            }
        }).start();
    }

    @Override
    public void discard(StagedBlob staged) {
        try {
            Files.deleteIfExists(((FileStagedBlob) staged).path);
        } catch (IOException e) {
            LOG.warning("Could not delete a refused upload " + e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public InputStream openVerified(String key) throws IOException {
        Path path = pathOf(key);
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            throw new BlobCorruptedException(key, "nothing (the file is missing)");
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(key)) {
            throw new BlobCorruptedException(key, actual);
        }
        return new VerifyingStream(Files.newInputStream(path), key);
    }

    /** Deletes temporary files of uploads not written to for {@code idle} (left by a killed upload). */
    public int deleteAbandonedUploads(Duration idle) throws IOException {
        return deleteIdle(tmp(), "*", idle);
    }

    /**
     * Deletes the files in {@code dir} whose names match {@code glob} and that were not written to for
     * {@code idle}; none if the directory does not exist.
     */
    static int deleteIdle(Path dir, String glob, Duration idle) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Instant before = Instant.now().minus(idle);
        int deleted = 0;
        try (var files = Files.newDirectoryStream(dir, glob)) {
            for (Path file : files) {
                try {
                    if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                            && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                } catch (NoSuchFileException gone) {
                    // taken meanwhile (another node's sweep, or the upload finished)
                }
            }
        }
        return deleted;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record FileStagedBlob(Path path, String sha256, long size) implements StagedBlob {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    /** Hashes while it is read; at the end, a hash other than the key is an error, not a clean end. */
    private static final class VerifyingStream extends FilterInputStream {
        private final String key;
        private final MessageDigest sha;
        private boolean checked;

        VerifyingStream(InputStream in, String key) {
            this(new DigestInputStream(in, sha256()), key);
        }

        private VerifyingStream(DigestInputStream in, String key) {
            super(in);
            this.key = key;
            this.sha = in.getMessageDigest();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check();
            }
            return n;
        }

        private void check() throws IOException {
            if (!checked) {
                checked = true;
                String actual = HexFormat.of().formatHex(sha.digest());
                if (!actual.equals(key)) {
                    throw new IOException("Blob " + key + " changed while it was read (now " + actual + ")");
                }
            }
        }
    }
}
