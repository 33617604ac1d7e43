package com.greencert.evidence.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The file behind a piece of evidence as the store verified it: its sanitized original name (display
 * only), the media type detected from its bytes, its size, its SHA-256 and the key it is stored under.
 */
public record EvidenceContent(String originalFileName, String mediaType, long size, String sha256, String storageKey) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public EvidenceContent {
        originalFileName = FileName.sanitize(originalFileName);
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(storageKey, "storageKey");
        if (size <= 0) {
            throw new InvalidInputException("evidence.file.empty");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
