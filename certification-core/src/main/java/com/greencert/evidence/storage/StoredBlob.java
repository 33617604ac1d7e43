package com.greencert.evidence.storage;

/** A committed blob: its key (the SHA-256 of its bytes, hex) and its size in bytes. */
public record StoredBlob(String key, long size) {
}
