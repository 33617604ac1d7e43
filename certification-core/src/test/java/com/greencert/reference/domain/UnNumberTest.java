package com.greencert.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"UN1090", "UN1170", "UN1203", "UN1230", "UN1263", "UN1789", "UN1791", "UN1805", "UN1823",
            "UN1830", "UN1993", "UN2031", "UN2672", "UN2794", "UN2795", "UN2800", "UN3077", "UN3082", "UN3090", "UN3091",
            "UN3264", "UN3266", "UN3480", "UN3481", "UN3536"})
    void the_starter_list_has_the_entries_our_suppliers_ship(String un) {
        UnNumber number = UnNumber.of(un);
        assertThat(number.value()).isEqualTo(un);
        assertThat(number.properShippingName()).isNotBlank();
        assertThat(number.hazardClass()).isNotNull();
    }

    @Test
    void the_entry_tells_name_class_and_packing_groups() {
        UnNumber flammable = UnNumber.of("UN1993");
        assertThat(flammable.properShippingName()).isEqualTo("FLAMMABLE LIQUID, N.O.S.");
        assertThat(flammable.hazardClass()).isEqualTo(TransportHazardClass.FLAMMABLE_LIQUIDS);
        assertThat(flammable.packingGroups()).containsExactlyInAnyOrder(PackingGroup.I, PackingGroup.II, PackingGroup.III);
        UnNumber methanol = UnNumber.of("UN1230");
        assertThat(methanol.subsidiaryHazard()).contains(TransportHazardClass.TOXIC_SUBSTANCES);
        assertThat(UnNumber.of("UN3480").packingGroups()).isEmpty();
        assertThat(UnNumber.of("UN1830").hazardClass().code()).isEqualTo("8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UN3090", "UN3091", "UN3480", "UN3481"})
    void lithium_batteries_need_a_un_38_3_test_summary(String un) {
        assertThat(UnNumber.of(un).isLithiumBattery()).isTrue();
        assertThat(UnNumber.of(un).requiresUn383TestSummary()).isTrue();
        assertThat(UnNumber.of(un).hazardClass()).isEqualTo(TransportHazardClass.MISCELLANEOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UN1993", "UN2794", "UN2800", "UN3536", "UN3171"})
    void other_goods_need_none(String un) {
        assertThat(UnNumber.of(un).isLithiumBattery()).isFalse();
        assertThat(UnNumber.of(un).requiresUn383TestSummary()).isFalse();
    }

    @Test
    void sodium_ion_batteries_are_not_lithium_batteries_but_need_a_test_summary_too() {
        assertThat(UnNumber.of("UN3551").isLithiumBattery()).isFalse();
        assertThat(UnNumber.of("UN3551").requiresUn383TestSummary()).isTrue();
    }

    @Test
    void spelling_variants_are_normalised() {
        assertThat(UnNumber.of("un 1993").value()).isEqualTo("UN1993");
        assertThat(UnNumber.of("1993").value()).isEqualTo("UN1993");
    }

    @Test
    void numbers_not_in_the_list_are_refused() {
        assertThatThrownBy(() -> UnNumber.of("UN9999")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("un.unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UN199", "UN19934", "NA1993", "UNXXXX"})
    void malformed_numbers_are_refused(String un) {
        assertThatThrownBy(() -> UnNumber.of(un)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("un.invalid");
    }

    @Test
    void transport_classes_and_packing_groups_are_read_from_their_usual_spellings() {
        assertThat(TransportHazardClass.of("6.1")).isEqualTo(TransportHazardClass.TOXIC_SUBSTANCES);
        assertThat(TransportHazardClass.of("9")).isEqualTo(TransportHazardClass.MISCELLANEOUS);
        assertThat(PackingGroup.of("ii")).isEqualTo(PackingGroup.II);
        assertThat(PackingGroup.of("PG III")).isEqualTo(PackingGroup.III);
        assertThat(PackingGroup.of("1")).isEqualTo(PackingGroup.I);
        assertThatThrownBy(() -> TransportHazardClass.of("10")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PackingGroup.of("IV")).isInstanceOf(InvalidInputException.class);
    }
}
