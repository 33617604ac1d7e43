package com.greencert.evidence.service;

import com.greencert.evidence.domain.EvidenceContent;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.FileName;
import com.greencert.evidence.domain.IdempotencyKeyTakenException;
import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.storage.BlobStore;
import com.greencert.evidence.storage.ChunkObserver;
import com.greencert.evidence.storage.ContentInspector;
import com.greencert.evidence.storage.StagedBlob;
import com.greencert.evidence.storage.StoredBlob;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * How an upload is taken, in one pass over its bytes and without a transaction held while they arrive
 * (docs/adr/0012-upload-hardening.md): (1) the request is checked and its {@code Idempotency-Key}
 * claimed in the database, so that of concurrent uploads with one key, on any node, one stores the file
 * and the others replay it or are told it is in progress; (2) the bytes stream into the store's temporary
 * area, hashed, counted, sniffed and checked on the way, the claim touched while they come; (3) the blob
 * is committed under its hash and the record inserted. A refusal or failure on the way discards the bytes
 * and frees the key. A file may also arrive before its metadata ({@link #stage}), then (1) follows (2).
 */
@ApplicationScoped
public class EvidenceUploads {

    private static final Logger LOG = Logger.getLogger(EvidenceUploads.class.getName());
    private static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    private static final Duration DEFAULT_IDLE = Duration.ofMinutes(2);

    @Inject
    UploadSteps steps;

    @Inject
    BlobStore blobs;

    @Inject
    CallerContext callers;

    private final ContentInspector inspector = new ContentInspector();
    private long maxBytes = DEFAULT_MAX_BYTES;
    private Duration idle = DEFAULT_IDLE;

    @Inject
    GreenCertConfig config;

    @PostConstruct
    void configure() {
        maxBytes = config.evidenceMaxBytes();
        // a claim untouched this long belongs to a dead upload, like a temporary file (AbandonedUploadSweeper)
        idle = config.abandonedUploadIdle();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks and claims first, then streams the bytes (the usual order: metadata before the file). */
    public Uploaded upload(EvidenceId previous, EvidenceMetadata metadata, EvidenceFile file, String idempotencyKey) {
        UploadSteps.Start start = begin(previous, metadata, idempotencyKey);
        if (start.replay().isPresent()) {
            return start.replay().get();
        }
        StagedFile staged;
        try {
            staged = stage(file, new Heartbeat(start));
        } catch (RuntimeException e) {
            steps.release(start);
            throw e;
        }
        return record(start, staged);
    }

    /** Records a file that arrived before its metadata; the staged bytes are used or discarded. */
    public Uploaded upload(EvidenceId previous, EvidenceMetadata metadata, StagedFile staged, String idempotencyKey) {
        UploadSteps.Start start;
        try {
            start = begin(previous, metadata, idempotencyKey);
        } catch (RuntimeException e) {
            discard(staged);
            throw e;
        }
        if (start.replay().isPresent()) {
            discard(staged);
            return start.replay().get();
        }
        return record(start, staged);
    }

    /** Streams a file into the store's temporary area: hashed, counted, sniffed and checked in one pass. */
    public StagedFile stage(EvidenceFile file) {
        callers.requireAny(Role.SUPPLIER, Role.ASSESSOR);
        return stage(file, ChunkObserver.NONE);
    }

    public void discard(StagedFile staged) {
        blobs.discard(staged.blob());
    }

    private UploadSteps.Start begin(EvidenceId previous, EvidenceMetadata metadata, String idempotencyKey) {
        String key = Evidence.checkedKey(idempotencyKey);
        try {
            return steps.start(previous, metadata, key, idle);
        } catch (IdempotencyKeyTakenException raced) {
            return steps.contended(previous, metadata, key, idle);
        }
    }

    private StagedFile stage(EvidenceFile file, ChunkObserver alongside) {
        if (file == null || file.content() == null) {
            throw new InvalidInputException("field.required", "file");
        }
        String name = FileName.sanitize(file.fileName());
        ContentInspector.Inspection inspection = inspector.start(name, file.claimedType());
        try {
            StagedBlob blob = blobs.stage(file.content(), maxBytes, inspection.andThen(alongside));
            try {
                return new StagedFile(name, inspection.finish(blob.size(), blob::open), blob);
            } catch (IOException | RuntimeException refused) {
                blobs.discard(blob);
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Uploaded record(UploadSteps.Start start, StagedFile staged) {
        StoredBlob stored;
        try {
            stored = blobs.commit(staged.blob());
        } catch (IOException | RuntimeException e) {
            discard(staged);
            steps.release(start);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        // from here the blob is stored: if the record fails it is an orphan, harmless (ADR 0007)
        EvidenceContent content = new EvidenceContent(staged.fileName(), staged.mediaType(), stored.size(),
                stored.key(), stored.key());
        try {
            return steps.record(start, content);
        } catch (IdempotencyKeyTakenException raced) {
            return steps.replay(start); // a taken-over claim's first holder finished after all
        } catch (RuntimeException e) {
            steps.release(start);
            throw e;
        }
    }

    /** Touches the upload's claim every so often while its bytes arrive, so no one takes it for dead. */
    private final class Heartbeat implements ChunkObserver {
        private final UploadSteps.Start start;
        private final long everyNanos;
        private long last = System.nanoTime();

        Heartbeat(UploadSteps.Start start) {
            this.start = start;
            this.everyNanos = Math.max(Duration.ofMillis(500).toNanos(), Math.min(Duration.ofSeconds(30).toNanos(),
                    idle.toNanos() / 3));
        }

        @Override
        public void accept(byte[] bytes, int offset, int length) {
            if (start.key() != null && System.nanoTime() - last > everyNanos) {
                last = System.nanoTime();
                try {
                    steps.touch(start);
                } catch (RuntimeException e) {
                    // the upload goes on: at worst its claim looks abandoned and a retry takes it over, and the
                    // unique key on the record still lets only one of them store
                    LOG.warning(() -> "Could not touch the claim of idempotency key " + start.key() + ": " + e);
                }
            }
        }
    }
}
