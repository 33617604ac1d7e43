package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A CAS Registry Number, the identifier the Chemical Abstracts Service gives a substance: 2 to 7 digits,
 * 2 digits and a check digit, e.g. {@code 7732-18-5} (water). The check digit is the sum of the other
 * digits, each multiplied by its position counted from the right, modulo 10. Digits without hyphens
 * ({@code 7732185}) are accepted and written in the usual form.
 */
public record CasNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{1,6}-\\d{2}-\\d");
    private static final Pattern DIGITS_ONLY = Pattern.compile("[1-9]\\d{4,9}");

    public CasNumber {
        String v = value == null ? "" : value.strip();
        if (DIGITS_ONLY.matcher(v).matches()) {
            v = v.substring(0, v.length() - 3) + "-" + v.substring(v.length() - 3, v.length() - 1) + "-"
                    + v.charAt(v.length() - 1);
        }
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidInputException("cas.invalid", String.valueOf(value));
        }
        int expected = checkDigit(v);
        if (v.charAt(v.length() - 1) - '0' != expected) {
            throw new InvalidInputException("cas.check.digit.wrong", v, expected);
        }
        value = v;
    }

    public static CasNumber of(String value) {
        return new CasNumber(value);
    }

    /** Whether the text is a valid CAS number; for parsers that collect errors instead of throwing. */
    public static boolean isValid(String value) {
        try {
            new CasNumber(value);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static int checkDigit(String cas) {
        String digits = cas.substring(0, cas.length() - 2).replace("-", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int positionFromRight = digits.length() - i;
            sum += (digits.charAt(i) - '0') * positionFromRight;
        }
        return sum % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
