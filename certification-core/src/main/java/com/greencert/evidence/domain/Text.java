package com.greencert.evidence.domain;

import com.greencert.shared.domain.InvalidInputException;

/** Checks of free text fields. */
final class Text {

    private Text() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("field.required", field);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("field.too.long", field, max);
        }
        return v;
    }
}
