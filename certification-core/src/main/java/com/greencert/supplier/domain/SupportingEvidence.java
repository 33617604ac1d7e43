package com.greencert.supplier.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The evidence in the supplier's own vault a declared value may rest on. A port: the evidence feature depends on
 * this one and answers it, so a product can name its supporting evidence without this feature knowing the vault.
 */
public interface SupportingEvidence {

    /** The caller's current pieces of evidence (not retired, not replaced by a newer version), newest first. */
    List<Document> current(int max);

    /** Whether the id names a current piece of the caller's own evidence. */
    boolean isCurrent(UUID id);

    /** A piece of evidence as a declaration shows it: its title and the day it was issued. */
    record Document(UUID id, String title, LocalDate issuedOn) {
    }
}
