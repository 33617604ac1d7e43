package com.greencert.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.HsCode;
import com.greencert.reference.domain.PackingGroup;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static Component component(String name, String cas, String min, String max) {
        return new Component(name, CasNumber.of(cas), null, ConcentrationRange.of(min, max));
    }

    static Product solvent(List<Component> composition) {
        return new Product(ProductId.newId(), "Thinner T-200", "稀释剂 T-200", HsCode.of("3814000090"),
                new DangerousGoods(UnNumber.of("UN1993"), TransportHazardClass.FLAMMABLE_LIQUIDS, PackingGroup.II),
                Set.of(GhsHazardClass.FLAMMABLE_LIQUIDS, GhsHazardClass.SERIOUS_EYE_DAMAGE_IRRITATION,
                        GhsHazardClass.STOT_SINGLE_EXPOSURE),
                List.of(GhsHazardStatement.of("H225"), GhsHazardStatement.of("H319"), GhsHazardStatement.of("H336")),
                composition, NOW);
    }

    static Product battery(String un) {
        return new Product(ProductId.newId(), "LFP cell 3.2 V 100 Ah", null, HsCode.of("850760"),
                new DangerousGoods(UnNumber.of(un), null, null), Set.of(), List.of(), List.of(), NOW);
    }

    @Test
    void a_product_keeps_its_classification_and_composition() {
        Product p = solvent(List.of(component("Acetone", "67-64-1", "40", "60"),
                new Component("Ethanol", CasNumber.of("64-17-5"), EcNumber.of("200-578-6"), ConcentrationRange.of("30", "50"))));
        assertThat(p.nameEn()).isEqualTo("Thinner T-200");
        assertThat(p.displayName("zh")).isEqualTo("稀释剂 T-200");
        assertThat(p.hsCode().subheading()).isEqualTo("381400");
        assertThat(p.dangerousGoods()).get().satisfies(dg -> {
            assertThat(dg.unNumber().value()).isEqualTo("UN1993");
            assertThat(dg.hazardClass()).isEqualTo(TransportHazardClass.FLAMMABLE_LIQUIDS);
            assertThat(dg.packingGroup()).isEqualTo(PackingGroup.II);
        });
        assertThat(p.hazardClasses()).contains(GhsHazardClass.FLAMMABLE_LIQUIDS);
        assertThat(p.hazardStatements()).extracting(GhsHazardStatement::code).containsExactly("H225", "H319", "H336");
        assertThat(p.composition()).extracting(Component::substanceName).containsExactly("Acetone", "Ethanol");
        assertThat(p.composition().get(1).ec()).contains(EcNumber.of("200-578-6"));
        assertThat(p.requiresUn383Summary()).isFalse();
        assertThat(p.createdAt()).isEqualTo(NOW);
    }

    @Test
    void a_product_need_not_be_dangerous_goods_nor_classified() {
        Product p = new Product(ProductId.newId(), "Cotton tote bag", null, HsCode.of("420222"), null, null, null, null, NOW);
        assertThat(p.dangerousGoods()).isEmpty();
        assertThat(p.hazardClasses()).isEmpty();
        assertThat(p.hazardStatements()).isEmpty();
        assertThat(p.composition()).isEmpty();
        assertThat(p.nameZh()).isEmpty();
        assertThat(p.displayName("zh")).isEqualTo("Cotton tote bag");
    }

    @Test
    void lithium_batteries_require_a_un_38_3_summary() {
        for (String un : List.of("UN3090", "UN3091", "UN3480", "UN3481")) {
            assertThat(battery(un).requiresUn383Summary()).as(un).isTrue();
        }
        assertThat(battery("UN2800").requiresUn383Summary()).isFalse();
        assertThat(battery("UN3480").dangerousGoods().orElseThrow().hazardClass()).isEqualTo(TransportHazardClass.MISCELLANEOUS);
    }

    @Test
    void the_same_cas_number_twice_is_refused() {
        assertThatThrownBy(() -> solvent(List.of(component("Acetone", "67-64-1", "40", "60"),
                component("Propanone", "67641", "1", "2"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("product.composition.duplicate.cas");
    }

    @Test
    void minimums_adding_up_to_more_than_100_percent_are_refused_but_exactly_100_is_fine() {
        assertThatThrownBy(() -> solvent(List.of(component("Acetone", "67-64-1", "60", "70"),
                component("Ethanol", "64-17-5", "40.01", "50"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("product.composition.minimum.sum");
        Product p = solvent(List.of(component("Acetone", "67-64-1", "60", "70"), component("Ethanol", "64-17-5", "40", "50")));
        assertThat(p.composition()).hasSize(2);
    }

    @Test
    void the_composition_can_be_replaced_and_is_checked_again() {
        Product p = solvent(List.of(component("Acetone", "67-64-1", "40", "60")));
        Instant later = NOW.plusSeconds(60);
        p.replaceComposition(List.of(component("Ethanol", "64-17-5", "90", "100")), later);
        assertThat(p.composition()).extracting(c -> c.casNumber().value()).containsExactly("64-17-5");
        assertThat(p.updatedAt()).isEqualTo(later);
        assertThatThrownBy(() -> p.replaceComposition(List.of(component("Ethanol", "64-17-5", "1", "2"),
                component("Ethanol", "64-17-5", "1", "2")), later)).isInstanceOf(RuleViolationException.class);
        assertThat(p.composition()).hasSize(1);
    }

    @Test
    void too_many_components_are_refused() {
        List<Component> many = new ArrayList<>();
        for (int i = 0; i < Product.MAX_COMPONENTS + 1; i++) {
            many.add(component("Substance " + i, "50-00-0", "0", "0"));
        }
        assertThatThrownBy(() -> solvent(many)).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("product.composition.too.many");
    }

    @Test
    void a_hazard_statement_needs_its_hazard_class() {
        assertThatThrownBy(() -> new Product(ProductId.newId(), "Acid", null, HsCode.of("280700"), null,
                Set.of(GhsHazardClass.CORROSIVE_TO_METALS), List.of(GhsHazardStatement.of("H290"), GhsHazardStatement.of("H314")),
                List.of(), NOW))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("product.hazard.class.missing");
                    assertThat(((DomainException) e).arguments()).containsExactly("H314", "SKIN_CORROSION_IRRITATION");
                });
        Product withEuh = new Product(ProductId.newId(), "Acid", null, HsCode.of("280700"), null,
                Set.of(), List.of(GhsHazardStatement.of("EUH066")), List.of(), NOW);
        assertThat(withEuh.hazardStatements()).extracting(GhsHazardStatement::code).containsExactly("EUH066");
    }

    @Test
    void names_and_hs_code_are_required() {
        assertThatThrownBy(() -> new Product(ProductId.newId(), " ", null, HsCode.of("280700"), null, null, null, null, NOW))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((DomainException) e).arguments())
                .isEqualTo(List.of("nameEn"));
        assertThatThrownBy(() -> new Product(ProductId.newId(), "x".repeat(201), null, HsCode.of("280700"), null, null, null,
                null, NOW)).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("field.too.long");
        assertThatThrownBy(() -> new Product(ProductId.newId(), "Acid", null, null, null, null, null, null, NOW))
                .extracting(e -> ((DomainException) e).arguments()).isEqualTo(List.of("hsCode"));
    }

    @Test
    void a_component_needs_a_name_and_a_cas_number() {
        assertThatThrownBy(() -> new Component("", CasNumber.of("67-64-1"), null, ConcentrationRange.of("1", "2")))
                .extracting(e -> ((DomainException) e).arguments()).isEqualTo(List.of("substanceName"));
        assertThatThrownBy(() -> new Component("Acetone", null, null, ConcentrationRange.of("1", "2")))
                .extracting(e -> ((DomainException) e).arguments()).isEqualTo(List.of("casNumber"));
    }

    @Test
    void dangerous_goods_class_and_packing_group_must_match_the_un_entry() {
        assertThat(new DangerousGoods(UnNumber.of("UN1230"), null, PackingGroup.II).hazardClass())
                .isEqualTo(TransportHazardClass.FLAMMABLE_LIQUIDS);
        assertThatThrownBy(() -> new DangerousGoods(UnNumber.of("UN1230"), TransportHazardClass.TOXIC_SUBSTANCES, PackingGroup.II))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("dg.class.mismatch");
        assertThatThrownBy(() -> new DangerousGoods(UnNumber.of("UN1090"), null, PackingGroup.III))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("dg.packing.group.not.allowed");
        assertThatThrownBy(() -> new DangerousGoods(UnNumber.of("UN1993"), null, null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("dg.packing.group.required");
        assertThatThrownBy(() -> new DangerousGoods(UnNumber.of("UN3480"), null, PackingGroup.II))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("dg.packing.group.none");
    }
}
