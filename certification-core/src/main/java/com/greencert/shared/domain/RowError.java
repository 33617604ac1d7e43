package com.greencert.shared.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A problem found in one row of an imported file: the row number as a spreadsheet shows it (the header
 * row and any lines above it count; 0 for the file as a whole) and a message key with its arguments.
 */
public record RowError(int row, String messageKey, List<Object> arguments) {

    public RowError {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments)); // null arguments allowed
    }

    public static RowError of(int row, String messageKey, Object... arguments) {
        return new RowError(row, messageKey, Arrays.asList(arguments));
    }

    /** The problem in words, in English or Simplified Chinese. */
    public String describe(Locale locale) {
        return DomainMessages.format(new InvalidInputException(messageKey, arguments.toArray()), locale);
    }
}
