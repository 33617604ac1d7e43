package com.greencert.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.reference.domain.HsCode;
import com.greencert.reference.domain.PackingGroup;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductReclassifyTest {

    private static final Instant LATER = ProductTest.NOW.plusSeconds(3600);

    @Test
    void each_changed_field_is_recorded_with_its_old_and_new_value() {
        Product p = ProductTest.battery("UN3480");

        List<ProductChange> made = p.reclassify("LFP cell 3.2 V 105 Ah", "磷酸铁锂电芯", HsCode.of("850760"),
                new DangerousGoods(UnNumber.of("UN3481"), null, null), "li.supplier", LATER);

        assertThat(made).extracting(ProductChange::field).containsExactly(ProductChange.Field.NAME_EN,
                ProductChange.Field.NAME_ZH, ProductChange.Field.UN_NUMBER);
        ProductChange un = made.get(2);
        assertThat(un.before()).contains("UN3480");
        assertThat(un.after()).contains("UN3481");
        assertThat(un.by()).isEqualTo("li.supplier");
        assertThat(un.at()).isEqualTo(LATER);
        assertThat(made.get(1).before()).isEmpty();
        assertThat(p.nameEn()).isEqualTo("LFP cell 3.2 V 105 Ah");
        assertThat(p.dangerousGoods()).get().extracting(d -> d.unNumber().value()).isEqualTo("UN3481");
        assertThat(p.history()).hasSize(3);
        assertThat(p.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void clearing_the_un_number_records_it_and_the_packing_group_and_the_product_is_no_longer_dangerous() {
        Product p = ProductTest.solvent(List.of());

        List<ProductChange> made = p.reclassify(p.nameEn(), p.nameZh().orElse(null), HsCode.of("3814000090"), null,
                "li.supplier", LATER);

        assertThat(made).extracting(ProductChange::field).containsExactly(ProductChange.Field.UN_NUMBER,
                ProductChange.Field.PACKING_GROUP);
        assertThat(made.get(1).before()).contains(PackingGroup.II.name());
        assertThat(made.get(1).after()).isEmpty();
        assertThat(p.dangerousGoods()).isEmpty();
    }

    @Test
    void the_same_values_change_nothing_and_record_nothing() {
        Product p = ProductTest.battery("UN3480");

        assertThat(p.reclassify(p.nameEn(), null, p.hsCode(), p.dangerousGoods().orElseThrow(), "li.supplier", LATER))
                .isEmpty();
        assertThat(p.history()).isEmpty();
        assertThat(p.updatedAt()).isEqualTo(ProductTest.NOW);
    }

    @Test
    void a_missing_name_or_hs_code_is_refused_and_nothing_changes() {
        Product p = ProductTest.battery("UN3480");

        assertThatThrownBy(() -> p.reclassify(" ", null, p.hsCode(), null, "li.supplier", LATER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> p.reclassify("Cell", null, null, null, "li.supplier", LATER))
                .isInstanceOf(InvalidInputException.class);
        assertThat(p.history()).isEmpty();
        assertThat(p.dangerousGoods()).isPresent();
    }
}
