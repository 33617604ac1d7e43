package com.greencert.svhc.service;

import java.time.LocalDate;

/**
 * What the administrator says about a file being imported: the label of the new version (e.g. ECHA's
 * update date, {@code 2025-06-25}), the date ECHA published it, and where the file came from (optional).
 */
public record ImportSvhcList(String label, LocalDate publishedOn, String source) {
}
