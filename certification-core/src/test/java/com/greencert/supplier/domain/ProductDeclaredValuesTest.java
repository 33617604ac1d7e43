package com.greencert.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductDeclaredValuesTest {

    private static final Instant LATER = ProductTest.NOW.plusSeconds(60);

    @Test
    void a_product_keeps_one_value_per_quantity_in_the_quantity_order_and_replacing_them_withdraws_the_rest() {
        Product p = ProductTest.battery("UN3480");
        UUID declaration = UUID.randomUUID();

        p.declare(List.of(DeclaredValue.of(Quantity.RECYCLED_CONTENT, new BigDecimal("35"), null),
                DeclaredValue.of(Quantity.CARBON_FOOTPRINT, new BigDecimal("1.80"), declaration)), LATER);

        assertThat(p.declaredValues()).extracting(DeclaredValue::quantity)
                .containsExactly(Quantity.CARBON_FOOTPRINT, Quantity.RECYCLED_CONTENT);
        assertThat(p.declaredValues().getFirst().value()).hasToString("1.8");
        assertThat(p.declaredValues().getFirst().evidence()).contains(declaration);
        assertThat(p.updatedAt()).isEqualTo(LATER);

        p.declare(List.of(), LATER);
        assertThat(p.declaredValues()).isEmpty();
    }

    @Test
    void the_same_quantity_twice_is_refused_and_the_values_stay_as_they_were() {
        Product p = ProductTest.battery("UN3480");
        p.declare(List.of(DeclaredValue.of(Quantity.CARBON_FOOTPRINT, BigDecimal.ONE, null)), LATER);

        assertThatThrownBy(() -> p.declare(List.of(DeclaredValue.of(Quantity.RECYCLED_CONTENT, BigDecimal.TEN, null),
                DeclaredValue.of(Quantity.RECYCLED_CONTENT, BigDecimal.ONE, null)), LATER))
                .isInstanceOf(RuleViolationException.class).satisfies(e -> assertThat(
                        DomainMessages.format((DomainException) e, Locale.ENGLISH)).contains("recycled content twice"));
        assertThat(p.declaredValues()).extracting(DeclaredValue::quantity).containsExactly(Quantity.CARBON_FOOTPRINT);
    }

    @Test
    void a_value_is_checked_once_its_unit_range_and_digits_each_refused_in_words() {
        assertThatThrownBy(() -> new DeclaredValue(Quantity.CARBON_FOOTPRINT, BigDecimal.ONE, Unit.PERCENT, null))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        DomainMessages.format((DomainException) e, Locale.ENGLISH)).contains("carbon footprint").contains("kg CO2e/kg"));
        assertThatThrownBy(() -> DeclaredValue.of(Quantity.RECYCLED_CONTENT, new BigDecimal("100.5"), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DeclaredValue.of(Quantity.CARBON_FOOTPRINT, new BigDecimal("-0.1"), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DeclaredValue.of(Quantity.CARBON_FOOTPRINT, new BigDecimal("1.23456"), null))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        DomainMessages.format((DomainException) e, Locale.ENGLISH)).contains("4 after"));
        assertThatThrownBy(() -> DeclaredValue.of(Quantity.CARBON_FOOTPRINT, new BigDecimal("1e9"), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(DeclaredValue.of(Quantity.CARBON_FOOTPRINT, new BigDecimal("2.50000"), null).value()).hasToString("2.5");
        assertThat(DeclaredValue.of(Quantity.RECYCLED_CONTENT, new BigDecimal("1E+2"), null).value()).hasToString("100");
    }

    @Test
    void quantities_and_units_read_by_name_or_symbol() {
        assertThat(Quantity.parse(" carbon-footprint ")).contains(Quantity.CARBON_FOOTPRINT);
        assertThat(Quantity.parse("CO2")).isEmpty();
        assertThat(Unit.parse("kg co2e/kg")).contains(Unit.KG_CO2E_PER_KG);
        assertThat(Unit.parse("per cent")).isEmpty();
        assertThat(Unit.parse("%")).contains(Unit.PERCENT);
    }
}
