package com.greencert.evidence.service;

import java.time.LocalDate;
import java.util.List;

/** What a supplier tells about a document it uploads (the {@code metadata} part of the upload). */
public record EvidenceMetadata(String type, String title, String issuer, LocalDate issuedOn, LocalDate expiresOn,
        String language, List<String> productIds, List<String> facilityIds) {
}
