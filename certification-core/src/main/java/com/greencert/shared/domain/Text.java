package com.greencert.shared.domain;

/**
 * The rule every free-text field follows: well-formed Unicode, stripped, within its length, present when
 * required. A lone UTF-16 surrogate (JSON allows {@code "\ud800"}) is no character: it cannot be stored in
 * UTF-8 and would come back as {@code ?}, so it is refused naming the field.
 */
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
        String v = wellFormed(field, value).strip();
        if (v.length() > max) {
            throw new InvalidInputException("field.too.long", field, max);
        }
        return v;
    }

    /** The value itself, unless it holds a lone surrogate (half of a character outside the BMP). */
    public static String wellFormed(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException("text.surrogate", field, i + 1);
            }
        }
        return value;
    }
}
