package com.greencert.svhc.service;

import com.greencert.svhc.domain.SvhcEntry;
import java.util.List;

/** What was read from a candidate-list file: the entries of the good rows and the errors of the bad ones. */
public record ParsedSvhcList(List<SvhcEntry> entries, List<SvhcRowError> errors, int rows) {

    public ParsedSvhcList {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }

    /** No errors and at least one entry: the file can be imported as it is. */
    public boolean importable() {
        return errors.isEmpty() && !entries.isEmpty();
    }
}
