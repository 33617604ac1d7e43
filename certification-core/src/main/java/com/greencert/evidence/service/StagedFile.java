package com.greencert.evidence.service;

import com.greencert.evidence.storage.StagedBlob;

/**
 * A file received, hashed and inspected, waiting in the store's temporary area for its record: what an
 * upload holds when the file arrived before its metadata. Opaque to callers: they hand it back to
 * {@link EvidenceService#upload(com.greencert.evidence.domain.EvidenceId, EvidenceMetadata, StagedFile, String)}
 * or {@link EvidenceService#discard(StagedFile)}.
 */
public final class StagedFile {

    private final String fileName;
    private final String mediaType;
    private final StagedBlob blob;

    StagedFile(String fileName, String mediaType, StagedBlob blob) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.blob = blob;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    StagedBlob blob() {
        return blob;
    }
}
