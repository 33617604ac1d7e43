package com.greencert.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date a record keeps lies in the years a database column holds. */
class DatesTest {

    @Test
    void years_1000_to_9999_pass_and_others_are_refused_naming_the_field() {
        assertThat(Dates.storable("dueOn", LocalDate.of(9999, 12, 31))).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Dates.storable("dueOn", LocalDate.of(1000, 1, 1))).isEqualTo(LocalDate.of(1000, 1, 1));
        assertThat(Dates.storable("dueOn", null)).isNull();
        for (LocalDate wild : new LocalDate[] {LocalDate.MAX, LocalDate.MIN, LocalDate.of(10000, 1, 1)}) {
            assertThatThrownBy(() -> Dates.storable("dueOn", wild)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.arguments()).containsExactly("dueOn", wild));
        }
    }
}
