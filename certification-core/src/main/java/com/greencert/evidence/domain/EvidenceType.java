package com.greencert.evidence.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Arrays;

/** What kind of document a piece of evidence is. */
public enum EvidenceType {
    SAFETY_DATA_SHEET,
    TEST_REPORT,
    REACH_DECLARATION,
    ROHS_DECLARATION,
    TSCA_DECLARATION,
    MANAGEMENT_SYSTEM_CERTIFICATE,
    AUDIT_REPORT,
    CARBON_FOOTPRINT_DECLARATION,
    UN38_3_SUMMARY,
    OTHER;

    public static EvidenceType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("field.required", "type");
        }
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("evidence.type.unknown", text));
    }
}
