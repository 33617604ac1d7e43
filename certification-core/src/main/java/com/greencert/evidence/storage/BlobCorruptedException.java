package com.greencert.evidence.storage;

/** A stored blob's bytes no longer hash to its key: it must never be served. */
public class BlobCorruptedException extends IllegalStateException {
    public BlobCorruptedException(String key, String actual) {
        super("Blob " + key + " is corrupted: its bytes hash to " + actual);
    }
}
