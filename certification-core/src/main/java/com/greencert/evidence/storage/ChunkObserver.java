package com.greencert.evidence.storage;

/**
 * Sees the bytes of an upload as they pass on their way to the store, once, in order: the inspection
 * sniffs and checks them there, so the file is read a single time. It may refuse the file by throwing,
 * which ends the upload and discards what was written.
 */
@FunctionalInterface
public interface ChunkObserver {

    ChunkObserver NONE = (bytes, offset, length) -> { };

    void accept(byte[] bytes, int offset, int length);

    /** This observer, then the other one. */
    default ChunkObserver andThen(ChunkObserver other) {
        return (bytes, offset, length) -> {
            accept(bytes, offset, length);
            other.accept(bytes, offset, length);
        };
    }
}
