package com.greencert.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refusal read in the portal names the field as the form labels it; the API keeps the field's JSON name. */
class FieldLabelTest {

    @Test
    void a_missing_field_is_named_by_its_label_in_the_readers_language() {
        InvalidInputException e = new InvalidInputException("field.required", "legalNameEn");
        assertThat(DomainMessages.format(e, Locale.ENGLISH)).isEqualTo("“Legal name (English)” is required.");
        assertThat(DomainMessages.format(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("请填写“法定名称（英文）”。");
        assertThat(DomainMessages.format(e.messageKey(), Locale.ENGLISH, e.arguments().toArray()))
                .as("the API's problem").isEqualTo("“legalNameEn” is required.");
    }

    @Test
    void a_field_without_a_label_keeps_its_name_and_other_arguments_stay() {
        assertThat(DomainMessages.format(new InvalidInputException("field.too.long", "facility.name", 200), Locale.ENGLISH))
                .isEqualTo("“Facility name” is longer than 200 characters.");
        assertThat(DomainMessages.label("somethingNew", Locale.ENGLISH)).isEqualTo("somethingNew");
    }
}
