package com.greencert.svhc.service;

import com.greencert.svhc.domain.SvhcListDiff;
import java.util.List;

/**
 * What importing a file would do, shown before anything is written: the rows read, the errors found
 * (an import is refused while there are any), and the difference to the current version (all entries are
 * "added" when there is none yet).
 */
public record SvhcImportPreview(int rows, int entries, List<SvhcRowError> errors, String currentLabel,
        SvhcListDiff diff, boolean importable) {

    public SvhcImportPreview {
        errors = List.copyOf(errors);
    }
}
