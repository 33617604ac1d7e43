package com.greencert.shared.domain;

import java.util.List;

/**
 * An imported file was refused as a whole because some of its rows are bad; carries every row error, so
 * the caller can correct them all at once. Nothing of the file was written.
 */
public final class RowsRejectedException extends DomainException {

    private final transient List<RowError> rows;

    public RowsRejectedException(String messageKey, List<RowError> rows) {
        super(messageKey, rows.size(), rows.isEmpty() ? 0 : rows.getFirst().row());
        this.rows = List.copyOf(rows);
    }

    /** The bad rows, in file order. */
    public List<RowError> rows() {
        return rows;
    }
}
