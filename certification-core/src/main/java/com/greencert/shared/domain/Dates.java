package com.greencert.shared.domain;

import java.time.LocalDate;

/**
 * The rule every date a record keeps follows: a year from 1000 to 9999, what a SQL {@code DATE} column
 * holds. ISO 8601 (and {@link LocalDate#parse}) also accept {@code +999999999-12-31}, which the database
 * would refuse only at commit.
 */
public final class Dates {

    private Dates() {
    }

    /** The date itself (or null), unless its year is outside 1000–9999. */
    public static LocalDate storable(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1000 || date.getYear() > 9999)) {
            throw new InvalidInputException("date.out.of.range", field, date);
        }
        return date;
    }
}
