package com.greencert.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"200-001-8", "231-791-2", "204-211-0", "231-100-4", "247-148-4", "287-476-5", "212-828-1",
            "200-578-6"})
    void real_ec_numbers_are_valid(String ec) {
        assertThat(EcNumber.of(ec).value()).isEqualTo(ec);
    }

    @Test
    void seven_digits_are_normalised() {
        assertThat(EcNumber.of("2000018").value()).isEqualTo("200-001-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"200-001-7", "231-791-3", "204-211-1", "231-100-5"})
    void a_wrong_check_digit_is_refused(String ec) {
        assertThatThrownBy(() -> EcNumber.of(ec)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("ec.check.digit.wrong");
    }

    @Test
    void a_remainder_of_ten_is_never_a_valid_check_digit() {
        // 400-001-?: 4*1 + 0*2 + 0*3 + 0*4 + 0*5 + 1*6 = 10, 10 mod 11 = 10: no digit fits
        for (int d = 0; d <= 9; d++) {
            String ec = "400-001-" + d;
            assertThatThrownBy(() -> EcNumber.of(ec)).isInstanceOf(InvalidInputException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "200-01-8", "2000-001-8", "200-001-", "200 001 8", "ABC-DEF-G", "117-81-7"})
    void malformed_text_is_refused(String ec) {
        assertThatThrownBy(() -> EcNumber.of(ec)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("ec.invalid");
    }
}
