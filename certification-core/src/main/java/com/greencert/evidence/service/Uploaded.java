package com.greencert.evidence.service;

/** The result of an upload: the entry, and whether it was stored now or found by its idempotency key. */
public record Uploaded(EvidenceEntry entry, boolean created) {
}
