package com.greencert.evidence.service;

import java.io.InputStream;

/** A verified file to send: its entry and its bytes (the caller closes the stream). */
public record EvidenceDownload(EvidenceEntry entry, InputStream content) {
}
