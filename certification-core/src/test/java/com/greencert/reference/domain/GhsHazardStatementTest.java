package com.greencert.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GhsHazardStatementTest {

    @ParameterizedTest
    @ValueSource(strings = {"H225", "H302", "H314", "H350", "H360FD", "H410", "EUH066"})
    void common_statements_are_known(String code) {
        assertThat(GhsHazardStatement.of(code).code()).isEqualTo(code);
    }

    @Test
    void the_statement_has_english_and_chinese_wording_and_its_hazard_class() {
        GhsHazardStatement h225 = GhsHazardStatement.of("H225");
        assertThat(h225.text("en")).isEqualTo("Highly flammable liquid and vapour");
        assertThat(h225.text("zh")).isEqualTo("高度易燃液体和蒸气");
        assertThat(h225.hazardClasses()).containsExactly(GhsHazardClass.FLAMMABLE_LIQUIDS);
        assertThat(GhsHazardStatement.of("H410").text("zh")).isEqualTo("对水生生物毒性极大并具有长期持续影响");
        assertThat(GhsHazardStatement.of("H350").hazardClasses()).containsExactly(GhsHazardClass.CARCINOGENICITY);
    }

    @Test
    void eu_statements_belong_to_no_ghs_class() {
        GhsHazardStatement euh = GhsHazardStatement.of("EUH066");
        assertThat(euh.euSupplementary()).isTrue();
        assertThat(euh.hazardClasses()).isEmpty();
        assertThat(GhsHazardStatement.of("euh066").code()).isEqualTo("EUH066");
    }

    @Test
    void the_case_of_the_reproductive_toxicity_suffix_matters() {
        assertThat(GhsHazardStatement.of("H360FD").text("en")).isEqualTo("May damage fertility. May damage the unborn child.");
        assertThat(GhsHazardStatement.of("H360Fd").text("en")).contains("Suspected of damaging the unborn child");
        assertThat(GhsHazardStatement.of("H360FD")).isNotEqualTo(GhsHazardStatement.of("H360Fd"));
        // unambiguous when the case is ignored: accepted in its canonical spelling
        assertThat(GhsHazardStatement.of("h361FD").code()).isEqualTo("H361fd");
        assertThat(GhsHazardStatement.of("h225").code()).isEqualTo("H225");
        // ambiguous: H360FD, H360Fd and H360Df differ only by case
        assertThatThrownBy(() -> GhsHazardStatement.of("H360fd")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("ghs.statement.unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H999", "H303", "EUH999"})
    void codes_not_in_the_list_are_refused(String code) {
        assertThatThrownBy(() -> GhsHazardStatement.of(code)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("ghs.statement.unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "225", "H22", "H2255", "P210", "H225ABC"})
    void malformed_codes_are_refused(String code) {
        assertThatThrownBy(() -> GhsHazardStatement.of(code)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("ghs.statement.invalid");
    }

    @Test
    void every_row_of_the_shipped_list_is_complete() {
        var rows = ReferenceCsv.read("ghs-h-statements.csv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        for (CSVRecord row : rows) {
            GhsHazardStatement statement = GhsHazardStatement.of(row.get("code"));
            assertThat(statement.text("en")).as(row.get("code")).isNotBlank();
            assertThat(statement.text("zh")).as(row.get("code")).isNotBlank().doesNotContainPattern("[A-Za-z]{3,}");
            assertThat(statement.hazardClasses().isEmpty()).as(row.get("code")).isEqualTo(statement.euSupplementary());
        }
    }

    @Test
    void hazard_classes_have_chinese_names_and_are_read_by_name() {
        assertThat(GhsHazardClass.of("flammable_liquids")).isEqualTo(GhsHazardClass.FLAMMABLE_LIQUIDS);
        assertThat(GhsHazardClass.REPRODUCTIVE_TOXICITY.displayName("zh")).isEqualTo("生殖毒性");
        assertThatThrownBy(() -> GhsHazardClass.of("TOXIC")).isInstanceOf(InvalidInputException.class);
    }
}
