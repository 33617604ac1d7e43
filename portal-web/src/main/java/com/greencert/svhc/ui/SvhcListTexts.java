package com.greencert.svhc.ui;

import com.greencert.svhc.domain.SvhcEntry;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * How a version of the candidate list is named on every page: its label with its two dates, each labelled
 * (adopted by ECHA; imported into GreenCert), so a label such as {@code starter-2026-11} is never shown next to
 * an unexplained older date. The starter list shipped with GreenCert is dated by its newest substance's date of
 * inclusion, and says so (ADR 0019).
 */
public final class SvhcListTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private SvhcListTexts() {
    }

    /** E.g. "candidate list 2025-06-25, adopted by ECHA on 2025-06-25, imported into GreenCert on 2026-12-03". */
    public static String describe(Component on, String label, LocalDate adoptedOn, Instant importedAt, boolean starter) {
        String imported = importedAt == null ? "—" : DAY.format(importedAt.atOffset(ZoneOffset.UTC));
        return on.getTranslation(starter ? "svhc.list.describe.starter" : "svhc.list.describe", label,
                DAY.format(adoptedOn), imported);
    }

    /** One entry in words: its name, numbers and date of inclusion. */
    public static String entry(Component on, SvhcEntry e) {
        String cas = e.casNumbers().stream().map(n -> n.value()).collect(Collectors.joining(", "));
        String ec = e.ecNumbers().stream().map(n -> n.value()).collect(Collectors.joining(", "));
        return on.getTranslation("svhc.entry", e.substanceName(), cas.isEmpty() ? "—" : cas, ec.isEmpty() ? "—" : ec,
                DAY.format(e.includedOn()));
    }

    static String day(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(instant.atOffset(ZoneOffset.UTC));
    }
}
