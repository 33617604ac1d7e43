package com.greencert.supplier.service;

import com.greencert.shared.domain.RowError;
import com.greencert.supplier.domain.Product;
import java.util.List;

/**
 * What a bulk product import did or, for a dry run, would do: the rows and products read, the row errors
 * (a file with any is never imported), and the products created (none for a dry run).
 */
public record ProductImportResult(boolean dryRun, int rows, int products, List<RowError> errors, List<Product> created) {

    public ProductImportResult {
        errors = List.copyOf(errors);
        created = List.copyOf(created);
    }

    public boolean importable() {
        return errors.isEmpty() && products > 0;
    }
}
