package com.greencert.shared.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises a unique-constraint violation, by name, however deep the JPA provider wrapped it. */
public final class UniqueConstraints {

    private UniqueConstraints() {
    }

    /** Whether the failure is the database refusing a duplicate for the named constraint (MariaDB/MySQL, H2). */
    public static boolean violated(RuntimeException failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
