package com.greencert.evidence.storage;

import com.greencert.shared.domain.InvalidInputException;
import java.io.BufferedInputStream;
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
 * Decides what an uploaded file really is, from its bytes (Apache Tika's magic-number database, refined
 * by the file name's extension only where the bytes allow it), and refuses empty files, types outside the
 * allow-list, bytes that do not match the claimed Content-Type or the extension, and zip bombs dressed as
 * Office documents. Stateless and thread-safe.
 */
public final class ContentInspector {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final Set<String> ALLOWED = Set.of(PDF, "image/png", "image/jpeg", "text/plain", "text/csv", XLSX, DOCX);

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

    private final ZipBombCheck zipCheck;

    public ContentInspector() {
        this(new ZipBombCheck());
    }

    public ContentInspector(ZipBombCheck zipCheck) {
        this.zipCheck = zipCheck;
    }

    /**
     * The detected media type of an allowed, honest file.
     *
     * @param fileName the sanitized original name (its extension must agree with the bytes)
     * @param claimedType the Content-Type the client gave the file, or null
     */
    public String inspect(String fileName, String claimedType, long size, Content content) throws IOException {
        if (size <= 0) {
            throw new InvalidInputException("evidence.file.empty");
        }
        MediaType detected;
        try (InputStream in = new BufferedInputStream(content.open())) {
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            detected = TYPES.detect(in, named).getBaseType();
        }
        String type = normalize(detected.toString());
        if (!ALLOWED.contains(type)) {
            throw new InvalidInputException("evidence.type.forbidden", type);
        }
        Metadata nameOnly = new Metadata();
        nameOnly.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType byName = TYPES.detect(null, nameOnly).getBaseType();
        if (!sameOrNarrower(detected, byName) || MediaType.OCTET_STREAM.equals(byName)) {
            throw new InvalidInputException("evidence.type.mismatch", fileName, type);
        }
        String claimed = claimedType == null ? "" : normalize(claimedType);
        if (!NO_CLAIM.contains(claimed)) {
            MediaType claim = MediaType.parse(claimed);
            if (claim == null || !sameOrNarrower(detected, claim)) {
                throw new InvalidInputException("evidence.type.mismatch", claimed, type);
            }
        }
        if (type.equals(XLSX) || type.equals(DOCX)) {
            try (InputStream in = content.open()) {
                zipCheck.check(in, size, type.equals(XLSX) ? "xl/" : "word/");
            }
        }
        return type;
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
