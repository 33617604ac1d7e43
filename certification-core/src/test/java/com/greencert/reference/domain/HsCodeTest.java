package com.greencert.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HsCodeTest {

    @Test
    void a_six_digit_subheading_of_hs_2022_is_valid_and_described() {
        HsCode code = HsCode.of("850760");
        assertThat(code.description()).startsWith("Electric accumulators; lithium-ion");
        assertThat(code.heading()).isEqualTo("8507");
        assertThat(code.chapter()).isEqualTo("85");
        assertThat(code.headingDescription()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"28070000", "2807000000", "2901100000", "3814000090"})
    void national_codes_of_up_to_ten_digits_are_valid_when_their_subheading_exists(String code) {
        assertThat(HsCode.of(code).subheading()).isEqualTo(code.substring(0, 6));
    }

    @Test
    void dots_and_spaces_are_dropped() {
        assertThat(HsCode.of("8507.60.00").value()).isEqualTo("85076000");
        assertThat(HsCode.of("2807 00").value()).isEqualTo("280700");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "850799", "2807990000"})
    void codes_whose_subheading_is_not_in_hs_2022_are_refused(String code) {
        assertThatThrownBy(() -> HsCode.of(code)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("hs.unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8507", "85076", "85076000001", "8507AB", "TOTAL"})
    void codes_of_the_wrong_length_or_with_letters_are_refused(String code) {
        assertThatThrownBy(() -> HsCode.of(code)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("hs.invalid");
    }

    @Test
    void four_and_two_digit_rows_of_the_nomenclature_are_not_valid_codes_by_themselves() {
        assertThatThrownBy(() -> HsCode.of("850700")).isInstanceOf(InvalidInputException.class);
    }
}
