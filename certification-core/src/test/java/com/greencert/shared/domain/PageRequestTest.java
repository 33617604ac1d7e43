package com.greencert.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void absent_or_empty_parameters_mean_the_first_page_of_the_default_size() {
        assertThat(PageRequest.parse(null, null)).isEqualTo(PageRequest.of(0, PageRequest.DEFAULT_LIMIT));
        assertThat(PageRequest.parse("", "")).isEqualTo(PageRequest.of(0, 50));
        assertThat(PageRequest.parse("100", "500")).isEqualTo(PageRequest.of(100, 500));
        assertThat(PageRequest.parse("0", "1")).isEqualTo(PageRequest.of(0, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0   | 0     | limit",
            "0   | -1    | limit",
            "0   | 501   | limit",
            "0   | ten   | limit",
            "0   | 1.5   | limit",
            "0   | 99999999999999999999 | limit",
            "-1  | 10    | offset",
            "x   | 10    | offset",
            "2147483648 | 10 | offset",
            "' 1' | 10   | offset"})
    void anything_else_is_refused_naming_the_parameter(String offset, String limit, String parameter) {
        assertThatThrownBy(() -> PageRequest.parse(offset, limit)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.messageKey()).isEqualTo("page." + parameter + ".invalid");
                    assertThat(d.arguments().getFirst()).isEqualTo(parameter);
                    assertThat(DomainMessages.format(d, Locale.ENGLISH)).startsWith("The query parameter " + parameter);
                    assertThat(DomainMessages.format(d, Locale.SIMPLIFIED_CHINESE)).startsWith("查询参数 " + parameter);
                });
    }

    @Test
    void a_page_knows_whether_rows_follow_it() {
        Page<String> first = new Page<>(java.util.List.of("a", "b"), 3, PageRequest.of(0, 2));
        assertThat(first.hasNext()).isTrue();
        assertThat(new Page<>(java.util.List.of("c"), 3, PageRequest.of(2, 2)).hasNext()).isFalse();
        assertThat(first.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
