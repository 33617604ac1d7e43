package com.greencert.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CasNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"7732-18-5", "7439-92-1", "117-81-7", "50-00-0", "64-17-5", "7664-93-9", "85535-84-8",
            "10043-35-3", "1310-73-2", "872-50-4"})
    void real_cas_numbers_are_valid(String cas) {
        assertThat(CasNumber.of(cas).value()).isEqualTo(cas);
        assertThat(CasNumber.isValid(cas)).isTrue();
    }

    @Test
    void digits_without_hyphens_and_surrounding_spaces_are_normalised() {
        assertThat(CasNumber.of("7732185").value()).isEqualTo("7732-18-5");
        assertThat(CasNumber.of(" 50000 ").value()).isEqualTo("50-00-0");
        assertThat(CasNumber.of("7732-18-5")).isEqualTo(CasNumber.of("7732185"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7732-18-4", "7439-92-2", "117-81-8", "50-00-1", "7723-18-5"})
    void a_wrong_check_digit_or_swapped_digits_are_refused(String cas) {
        assertThatThrownBy(() -> CasNumber.of(cas)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("cas.check.digit.wrong");
    }

    @Test
    void the_expected_check_digit_is_told() {
        assertThatThrownBy(() -> CasNumber.of("7732-18-4"))
                .satisfies(e -> assertThat(((InvalidInputException) e).arguments()).containsExactly("7732-18-4", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "7-18-5", "12345678-18-5", "7732-1-5", "7732-18-55", "7732_18_5", "abc-de-f",
            "07732-18-5", "7732-18-", "1234"})
    void malformed_text_is_refused(String cas) {
        assertThatThrownBy(() -> CasNumber.of(cas)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("cas.invalid");
        assertThat(CasNumber.isValid(cas)).isFalse();
    }

    @Test
    void null_is_refused_as_malformed() {
        assertThatThrownBy(() -> CasNumber.of(null)).isInstanceOf(InvalidInputException.class);
    }
}
