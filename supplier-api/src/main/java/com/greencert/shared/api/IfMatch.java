package com.greencert.shared.api;

import com.greencert.shared.domain.InvalidInputException;

/**
 * The {@code If-Match} header of a change to a versioned record: the version from the record's {@code ETag}
 * ({@code "3"}, weak or not), or null when absent or {@code *}; a service answers 409 when the record has moved on.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version, or null; anything else is refused with {@code invalidKey} naming the header's value. */
    public static Long version(String ifMatch, String invalidKey) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(invalidKey, ifMatch);
        }
    }
}
