package com.greencert.evidence.domain;

import com.greencert.shared.domain.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * The owner took a piece of evidence out of use: when, who (the username, as {@code uploadedBy}) and why. A
 * retired piece no longer counts (coverage, expiry, reminders) and takes no new version, share or application,
 * but stays stored, readable and listed on request (docs/adr/0020).
 */
public record Retirement(Instant at, String by, String reason) {

    /** The longest reason, in characters. */
    public static final int MAX_REASON = 1000;

    public Retirement {
        Objects.requireNonNull(at, "at");
        by = Text.required("retiredBy", by, 200);
        reason = Text.required("reason", reason, MAX_REASON);
    }
}
