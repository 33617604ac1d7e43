package com.greencert.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    /** Codes as printed on business licences; each one's check character verified by hand against GB 32100-2015. */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "91440300708461136T", "914403001922038216",
            "91110108551385082Q"})
    void codes_from_real_business_licences_are_valid(String code) {
        assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void the_check_character_is_computed_as_gb_32100_prescribes() {
        // 9*1 + 1*3 + 3*9 + 5*27 + 0*19 + 1*26 + 0*16 + 0*17 + M(21)*20 + 0*29 + 0*25 + 0*13 + 1*8 + 0*24 + 0*10
        // + Y(30)*30 + 4*28 = 1640; 1640 mod 31 = 28; 31 - 28 = 3
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void a_check_value_of_31_becomes_0() {
        // find a prefix whose weighted sum is a multiple of 31: vary the 17th character
        String base = "9135010000000000";
        for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
            String first17 = base + c;
            int sum = 0;
            int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            for (int i = 0; i < 17; i++) {
                sum += UnifiedSocialCreditCode.ALPHABET.indexOf(first17.charAt(i)) * w[i];
            }
            if (sum % 31 == 0) {
                assertThat(UnifiedSocialCreditCode.checkCharacter(first17)).isEqualTo('0');
                assertThat(UnifiedSocialCreditCode.of(first17 + "0").value()).endsWith("0");
                return;
            }
        }
        throw new AssertionError("no prefix with a sum divisible by 31 found");
    }

    @Test
    void lower_case_and_spaces_around_are_accepted() {
        assertThat(UnifiedSocialCreditCode.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
        assertThat(UnifiedSocialCreditCode.of("91350100M000100Y43").administrativeDivision()).isEqualTo("350100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4A", "91110000802100433C", "91350100M000010Y43"})
    void a_wrong_check_character_or_swapped_characters_are_refused(String code) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(code)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("uscc.check.character.wrong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43", "91350100O000100Y43",
            "9135010XM000100Y43", "91350100M000100Z43"})
    void malformed_codes_are_refused(String code) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(code)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("uscc.invalid");
    }
}
