package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A European Community number (EINECS, ELINCS, NLP, or an ECHA list number of the same form):
 * {@code NNN-NNN-N}, e.g. {@code 200-001-8}. The check digit is the sum of the first six digits weighted
 * 1 to 6, modulo 11; a remainder of 10 is never issued, so such a number is invalid.
 */
public record EcNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{3}-\\d");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{7}");

    public EcNumber {
        String v = value == null ? "" : value.strip();
        if (DIGITS_ONLY.matcher(v).matches()) {
            v = v.substring(0, 3) + "-" + v.substring(3, 6) + "-" + v.charAt(6);
        }
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidInputException("ec.invalid", String.valueOf(value));
        }
        String digits = v.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (i + 1);
        }
        int expected = sum % 11;
        if (expected == 10 || digits.charAt(6) - '0' != expected) {
            throw new InvalidInputException("ec.check.digit.wrong", v);
        }
        value = v;
    }

    public static EcNumber of(String value) {
        return new EcNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
