package com.greencert.evidence.storage;

import java.io.IOException;
import java.io.InputStream;

/** An upload written to temporary storage, hashed and counted, not yet committed under its key. */
public interface StagedBlob {

    String sha256();

    long size();

    /** Reads the staged bytes again (for inspection). */
    InputStream open() throws IOException;
}
