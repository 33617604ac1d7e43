package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码) that identifies every company and organisation in
 * China, printed on its business licence: 18 characters from {@code 0-9} and the capital letters without
 * I, O, S, V and Z. Characters 3 to 8 are the administrative division code (digits); the 18th is a check
 * character computed as GB 32100-2015 prescribes (weighted sum modulo 31).
 */
public record UnifiedSocialCreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (v.length() != 18 || v.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)
                || !v.substring(2, 8).chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("uscc.invalid", String.valueOf(value));
        }
        if (v.charAt(17) != checkCharacter(v.substring(0, 17))) {
            throw new InvalidInputException("uscc.check.character.wrong", v);
        }
        value = v;
    }

    public static UnifiedSocialCreditCode of(String value) {
        return new UnifiedSocialCreditCode(value);
    }

    /** The check character for the first 17 characters of a code (which must be in the alphabet). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The administrative division (行政区划) code of the registering authority, e.g. {@code 350100} for Fuzhou. */
    public String administrativeDivision() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
