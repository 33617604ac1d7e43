package com.greencert.evidence.service;

import java.io.InputStream;

/**
 * The file part of an upload: the name the client gave it (display only), the Content-Type it claimed,
 * and its bytes, read once, as a stream.
 */
public record EvidenceFile(String fileName, String claimedType, InputStream content) {
}
