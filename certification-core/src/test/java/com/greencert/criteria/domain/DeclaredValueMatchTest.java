package com.greencert.criteria.domain;

import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.Unit;
import com.greencert.supplier.domain.Quantity;
import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.PRODUCT_DATA;
import static com.greencert.criteria.domain.CriteriaFixtures.TODAY;
import static com.greencert.criteria.domain.CriteriaFixtures.evidence;
import static com.greencert.criteria.domain.CriteriaFixtures.line;
import static com.greencert.criteria.domain.CriteriaFixtures.product;
import static com.greencert.criteria.domain.CriteriaFixtures.products;
import static com.greencert.criteria.domain.CriteriaFixtures.shared;
import static com.greencert.criteria.domain.CriteriaFixtures.sharing;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.criteria.domain.DeclaredValueLimit.Comparison;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeclaredValueMatchTest {

    private static final DeclaredValueLimit CARBON_AT_MOST_2_5 = new DeclaredValueLimit(Quantity.CARBON_FOOTPRINT,
            Comparison.AT_MOST, new BigDecimal("2.5"), Unit.KG_CO2E_PER_KG, MANDATORY);
    private static final DeclaredValueLimit RECYCLED_AT_LEAST_30 = new DeclaredValueLimit(Quantity.RECYCLED_CONTENT,
            Comparison.AT_LEAST, new BigDecimal("30"), Unit.PERCENT, MANDATORY);

    private static DeclaredValue carbon(String value, EvidenceId supportedBy) {
        return new DeclaredValue(Quantity.CARBON_FOOTPRINT, new BigDecimal(value), Unit.KG_CO2E_PER_KG,
                supportedBy == null ? null : supportedBy.value());
    }

    @Test
    void values_within_the_limit_pass_the_limit_itself_included_resting_on_product_and_supporting_evidence() {
        EvidenceFact declaration = evidence(EvidenceType.CARBON_FOOTPRINT_DECLARATION, TODAY.minusMonths(2), null);
        ProductFact low = product("Cell A").declares(carbon("1.8", declaration.id())).fact();
        ProductFact atLimit = product("Cell B").declares(carbon("2.50", EvidenceId.newId())).fact();
        MatchResult.Line line = line(CARBON_AT_MOST_2_5, sharing(List.of(declaration), low, atLimit));
        assertThat(line.outcome()).isEqualTo(Outcome.PASS);
        assertThat(line.reason()).isEqualTo(MatchReason.VALUE_WITHIN);
        assertThat(line.basis()).as("evidence not shared is not named").containsExactly(low, declaration, atLimit);
        assertThat(line.message(Locale.ENGLISH))
                .isEqualTo("Every product declares a carbon footprint within the limit of 2.5 kg CO2e/kg.");
    }

    @Test
    void a_value_outside_the_limit_fails_naming_product_and_value() {
        ProductFact high = product("Cell C").declares(carbon("3.1", null)).fact();
        MatchResult.Line line = line(CARBON_AT_MOST_2_5, products(high));
        assertThat(line.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(line.reason()).isEqualTo(MatchReason.VALUE_OUTSIDE);
        assertThat(line.message(Locale.ENGLISH))
                .isEqualTo("Cell C declares a carbon footprint of 3.1 kg CO2e/kg, outside the limit of 2.5 kg CO2e/kg.");
        ProductFact littleRecycled = product("Casing").declares(
                new DeclaredValue(Quantity.RECYCLED_CONTENT, new BigDecimal("20"), Unit.PERCENT, null)).fact();
        assertThat(line(RECYCLED_AT_LEAST_30, products(littleRecycled)).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void an_undeclared_value_is_unknown_and_withheld_product_data_not_shared() {
        ProductFact silent = product("Cell D").declares(carbon("1.0", null)).fact();
        MatchResult.Line line = line(RECYCLED_AT_LEAST_30, products(silent));
        assertThat(line.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(line.reason()).isEqualTo(MatchReason.VALUE_UNDECLARED);
        assertThat(line.args()).containsExactly("Cell D", Quantity.RECYCLED_CONTENT);
        MatchResult.Line withheld = line(RECYCLED_AT_LEAST_30, shared(List.of(), List.of(), List.of(silent), PRODUCT_DATA));
        assertThat(withheld.notShared()).isTrue();
    }
}
