package com.greencert.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How every typed id reads and makes itself (once here, for all of them; the architecture test checks that
 * every {@code *Id} record delegates to {@link UuidId}).
 */
class UuidIdTest {

    record SampleId(UUID value) implements UuidId {
        SampleId {
            UuidId.require(value);
        }
    }

    private static final String TEXT = "3f0c9a52-7d4e-4b1a-9c2e-0a6f1d2b3c4d";

    @Test
    void reads_the_canonical_form_in_any_case_and_ignores_white_space_around_it() {
        SampleId id = UuidId.parse(TEXT, SampleId::new);
        assertThat(id.value()).isEqualTo(UUID.fromString(TEXT));
        assertThat(UuidId.parse(" " + TEXT.toUpperCase(Locale.ROOT) + "\n", SampleId::new)).isEqualTo(id);
        assertThat(UuidId.parse("\t" + TEXT + " ", SampleId::new)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "not-an-id", "1-2-3-4-5", "3f0c9a52-7d4e-4b1a-9c2e-0a6f1d2b3c4", // one digit short
        "3f0c9a52-7d4e-4b1a-9c2e-0a6f1d2b3c4d0", "3f0c9a527d4e4b1a9c2e0a6f1d2b3c4d", "3f0c9a52_7d4e_4b1a_9c2e_0a6f1d2b3c4d",
        "3f0c9a52-7d4e-4b1a-9c2e-0a6f1d2b3c4g", "３f0c9a52-7d4e-4b1a-9c2e-0a6f1d2b3c4d", // a full-width digit
        "3f0c9a52-7d4e-4b1a-9c2e-0a6f1d2b3c4d; drop table"})
    void refuses_anything_else_as_a_malformed_id_naming_the_text(String text) {
        assertThatThrownBy(() -> UuidId.parse(text, SampleId::new)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("id.malformed");
            assertThat(e.arguments()).containsExactly(String.valueOf(text));
        });
    }

    @Test
    void the_uuid_alone_reads_by_the_same_rule() {
        assertThat(UuidId.value(" " + TEXT + "\n")).isEqualTo(UUID.fromString(TEXT));
        assertThatThrownBy(() -> UuidId.value("1-2-3-4-5")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UuidId.value(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_new_id_is_random_and_round_trips_through_its_text() {
        SampleId a = UuidId.newId(SampleId::new);
        SampleId b = UuidId.newId(SampleId::new);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.value().version()).isEqualTo(4);
        assertThat(UuidId.parse(a.value().toString(), SampleId::new)).isEqualTo(a);
    }

    @Test
    void an_id_always_has_a_value() {
        assertThatThrownBy(() -> new SampleId(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }
}
