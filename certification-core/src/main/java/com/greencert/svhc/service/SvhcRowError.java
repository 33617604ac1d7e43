package com.greencert.svhc.service;

import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * A problem found in one row of an imported list: the row number as a spreadsheet shows it (the header
 * row and any lines above it count; 0 for the file as a whole) and a message key with its arguments.
 */
public record SvhcRowError(int row, String messageKey, List<Object> arguments) {

    public SvhcRowError {
        arguments = List.copyOf(arguments);
    }

    public static SvhcRowError of(int row, String messageKey, Object... arguments) {
        return new SvhcRowError(row, messageKey, List.of(arguments));
    }

    /** The problem in words, in English or Simplified Chinese. */
    public String describe(Locale locale) {
        return DomainMessages.format(new InvalidInputException(messageKey, arguments.toArray()), locale);
    }
}
