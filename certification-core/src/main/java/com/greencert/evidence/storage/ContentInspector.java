package com.greencert.evidence.storage;

import com.greencert.evidence.domain.FileRefusedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what an uploaded file really is, from its bytes, while they stream past on their way to the
 * store ({@link #start}): Apache Tika's magic-number database on the first 64 KiB, without the file
 * name, must recognise a signature (random bytes named {@code .pdf} are refused, not taken for a PDF);
 * the name then only refines the type where the bytes allow it (a zip with Office parts named
 * {@code .docx}). Refuses empty files, types outside the allow-list, bytes that contradict the claimed
 * Content-Type or the extension, text that is not UTF-8, and zip bombs dressed as Office documents (at
 * any depth of nesting). Stateless and thread-safe; each {@link Inspection} belongs to one upload.
 */
public final class ContentInspector {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final Set<String> ALLOWED = Set.of(PDF, "image/png", "image/jpeg", "text/plain", "text/csv", XLSX, DOCX);
    private static final Set<String> TEXT = Set.of("text/plain", "text/csv");

    /** Claimed types that say nothing: the bytes decide alone. */
    private static final Set<String> NO_CLAIM = Set.of("", "application/octet-stream");
    private static final Map<String, String> ALIASES = Map.of("image/jpg", "image/jpeg", "image/pjpeg", "image/jpeg",
            "application/x-pdf", PDF, "text/comma-separated-values", "text/csv", "application/csv", "text/csv");

    /** Supplies the bytes again, each call a new stream from the start. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
    /** How many leading bytes Tika's magic needs (64 KiB). */
    private static final int PREFIX = TYPES.getMinLength();

    private final ZipBombCheck zipCheck;

    public ContentInspector() {
        this(new ZipBombCheck());
    }

    public ContentInspector(ZipBombCheck zipCheck) {
        this.zipCheck = zipCheck;
    }

    /**
     * Starts inspecting one upload: feed it every chunk ({@link ChunkObserver}), then {@link Inspection#finish}.
     *
     * @param fileName the sanitized original name (its extension must agree with the bytes)
     * @param claimedType the Content-Type the client gave the file, or null
     */
    public Inspection start(String fileName, String claimedType) {
        return new Inspection(fileName, claimedType);
    }

    /** The detected media type of an allowed, honest file whose bytes can be read twice (tests, small files). */
    public String inspect(String fileName, String claimedType, long size, Content content) throws IOException {
        Inspection inspection = start(fileName, claimedType);
        try (InputStream in = content.open()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                inspection.accept(buffer, 0, n);
            }
        }
        return inspection.finish(size, content);
    }

    /** The inspection of one upload, fed as its bytes pass. */
    public final class Inspection implements ChunkObserver {
        private final String fileName;
        private final String claimedType;
        private byte[] prefix = new byte[PREFIX];
        private int prefixLength;
        private String type;
        private Utf8Text text;

        private Inspection(String fileName, String claimedType) {
            this.fileName = fileName;
            this.claimedType = claimedType;
        }

        /** Refuses as soon as the first 64 KiB show the file is not acceptable. */
        @Override
        public void accept(byte[] bytes, int offset, int length) {
            if (type != null) {
                if (text != null) {
                    text.accept(bytes, offset, length);
                }
                return;
            }
            int take = Math.min(length, PREFIX - prefixLength);
            System.arraycopy(bytes, offset, prefix, prefixLength, take);
            prefixLength += take;
            if (prefixLength == PREFIX) {
                decide();
                if (text != null && take < length) {
                    text.accept(bytes, offset + take, length - take);
                }
            }
        }

        /**
         * The detected media type, once every byte was seen.
         *
         * @param size the number of bytes seen
         * @param stored the bytes again, for the archive check of Office documents
         */
        public String finish(long size, Content stored) throws IOException {
            if (size <= 0) {
                throw FileRefusedException.unprocessable("evidence.file.empty");
            }
            if (type == null) {
                decide();
            }
            if (text != null) {
                text.finish();
            }
            if (type.equals(XLSX) || type.equals(DOCX)) {
                try (InputStream in = stored.open()) {
                    zipCheck.check(in, size, type.equals(XLSX) ? "xl/" : "word/");
                }
            }
            return type;
        }

        private void decide() {
            MediaType byBytes = detect(null);
            if (MediaType.OCTET_STREAM.equals(byBytes)) {
                throw FileRefusedException.unsupported("evidence.type.unrecognized", fileName);
            }
            MediaType detected = detect(fileName);
            String detectedType = normalize(detected.toString());
            if (!ALLOWED.contains(detectedType)) {
                throw FileRefusedException.unsupported("evidence.type.forbidden", detectedType);
            }
            MediaType byName = detectByName(fileName);
            if (!sameOrNarrower(detected, byName) || MediaType.OCTET_STREAM.equals(byName)) {
                throw FileRefusedException.unsupported("evidence.type.mismatch", fileName, detectedType);
            }
            String claimed = claimedType == null ? "" : normalize(claimedType);
            if (!NO_CLAIM.contains(claimed)) {
                MediaType claim = MediaType.parse(claimed);
                if (claim == null || !sameOrNarrower(detected, claim)) {
                    throw FileRefusedException.unsupported("evidence.type.mismatch", claimed, detectedType);
                }
            }
            if (TEXT.contains(detectedType)) {
                text = new Utf8Text();
                text.accept(prefix, 0, prefixLength);
            }
            type = detectedType;
            prefix = null;
        }

        /** Tika's magic on the first bytes; with a name, refined by the name only where the bytes allow it. */
        private MediaType detect(String name) {
            Metadata metadata = new Metadata();
            if (name != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            }
            try {
                return TYPES.detect(new ByteArrayInputStream(prefix, 0, prefixLength), metadata).getBaseType();
            } catch (IOException e) {
                throw new IllegalStateException("reading a byte array", e);
            }
        }
    }

    private static MediaType detectByName(String fileName) {
        Metadata nameOnly = new Metadata();
        nameOnly.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return TYPES.detect(null, nameOnly).getBaseType();
        } catch (IOException e) {
            throw new IllegalStateException("no stream to read", e);
        }
    }

    private static boolean sameOrNarrower(MediaType detected, MediaType other) {
        MediaType o = MediaType.parse(normalize(other.toString()));
        return detected.equals(o) || (o != null && REGISTRY.isSpecializationOf(detected, o));
    }

    static String normalize(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        int semicolon = t.indexOf(';');
        if (semicolon >= 0) {
            t = t.substring(0, semicolon).strip();
        }
        return ALIASES.getOrDefault(t, t);
    }
}
