package com.greencert.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ConcentrationRangeTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("0.1");

    @Test
    void a_range_keeps_its_bounds_normalised() {
        ConcentrationRange range = ConcentrationRange.of("10.00", "20");
        assertThat(range.minimum()).isEqualByComparingTo("10");
        assertThat(range.maximum()).isEqualByComparingTo("20");
        assertThat(range).isEqualTo(ConcentrationRange.of("10", "20.0"));
        assertThat(range.toString()).isEqualTo("10–20 %");
        assertThat(ConcentrationRange.exactly(new BigDecimal("100")).toString()).isEqualTo("100 %");
    }

    @Test
    void bounds_0_and_100_and_four_decimals_are_allowed() {
        assertThat(ConcentrationRange.of("0", "100").isExact()).isFalse();
        assertThat(ConcentrationRange.of("0.0001", "0.0001").isExact()).isTrue();
        assertThat(ConcentrationRange.of("0,05", "0,5").maximum()).isEqualByComparingTo("0.5");
    }

    @Test
    void minimum_above_maximum_is_refused() {
        assertThatThrownBy(() -> ConcentrationRange.of("20", "10")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("concentration.minimum.above.maximum");
    }

    @Test
    void values_outside_0_to_100_are_refused() {
        assertThatThrownBy(() -> ConcentrationRange.of("-0.1", "10")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("concentration.out.of.range");
        assertThatThrownBy(() -> ConcentrationRange.of("90", "100.01")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("concentration.out.of.range");
    }

    @Test
    void missing_too_precise_or_non_numeric_values_are_refused() {
        assertThatThrownBy(() -> ConcentrationRange.of((BigDecimal) null, BigDecimal.ONE))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("concentration.required");
        assertThatThrownBy(() -> ConcentrationRange.of("0.00001", "1"))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("concentration.too.precise");
        assertThatThrownBy(() -> ConcentrationRange.of("ten", "20"))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("concentration.not.a.number");
    }

    @Test
    void above_means_the_whole_range_and_may_be_above_means_its_maximum() {
        assertThat(ConcentrationRange.of("0.2", "0.5").isAbove(THRESHOLD)).isTrue();
        assertThat(ConcentrationRange.of("0.05", "0.5").isAbove(THRESHOLD)).isFalse();
        assertThat(ConcentrationRange.of("0.05", "0.5").mayBeAbove(THRESHOLD)).isTrue();
        assertThat(ConcentrationRange.of("0.1", "0.1").mayBeAbove(THRESHOLD)).isFalse();
        assertThat(ConcentrationRange.of("0.1", "0.1").isAbove(THRESHOLD)).isFalse();
    }
}
