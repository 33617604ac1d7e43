package com.greencert.shared.domain;

/** The rule every free-text field follows: stripped, within its length, present when required. */
public final class Text {

    private Text() {
    }

    /** The stripped value; refuses a blank or over-long one. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("field.required", field);
        }
        return optional(field, value, max);
    }

    /** The stripped value, or null when blank; refuses an over-long one. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("field.too.long", field, max);
        }
        return v;
    }
}
