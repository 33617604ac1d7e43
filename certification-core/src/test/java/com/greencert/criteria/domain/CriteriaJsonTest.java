package com.greencert.criteria.domain;

import com.greencert.supplier.domain.Unit;
import com.greencert.supplier.domain.Quantity;
import static com.greencert.criteria.domain.CriteriaFixtures.BODY;
import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.SCHEME;
import static com.greencert.criteria.domain.CriteriaFixtures.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.criteria.domain.DeclaredValueLimit.Comparison;
import com.greencert.criteria.domain.EvidenceWithin.Coverage;
import com.greencert.criteria.domain.ManagementSystem.Standard;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.supplier.domain.ProductId;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind is written and read back unchanged; a malformed criterion is refused naming its position and kind. */
class CriteriaJsonTest {

    static final List<Criterion> EVERY_KIND = List.of(
            new HoldsCredential(SCHEME, Set.of(BODY), true, MANDATORY),
            new NoSvhcAbove(Set.of(ProductId.newId(), ProductId.newId()), weight(20)),
            new EvidenceWithin(EvidenceType.TEST_REPORT, Coverage.PRODUCT, 24, true, weight(10)),
            new Un383TestSummary(MANDATORY),
            new ManagementSystem(Standard.ISO_45001, weight(5)),
            new DeclaredValueLimit(Quantity.RECYCLED_CONTENT, Comparison.AT_LEAST, new BigDecimal("30"), Unit.PERCENT,
                    weight(30)),
            new HazardExclusion(Set.of(GhsHazardClass.CARCINOGENICITY), Set.of(GhsHazardStatement.of("H350")),
                    Set.of(TransportHazardClass.of("1.1"), TransportHazardClass.of("3")), MANDATORY));

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static InvalidInputException refusal(String criteria) {
        return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> CriteriaJson.read(json(criteria)));
    }

    @Test
    void every_kind_is_written_and_read_back_unchanged() {
        String document = CriteriaJson.document(EVERY_KIND);
        assertThat(CriteriaJson.parse(document)).isEqualTo(EVERY_KIND);
        assertThat(document).doesNotContain("\"key\"");
        assertThat(CriteriaJson.write(EVERY_KIND, true).getJsonObject(4).getString("key")).isEqualTo("management-system:ISO_45001");
        assertThat(CriteriaJson.read(CriteriaJson.write(EVERY_KIND, true))).as("keys are ignored when read").isEqualTo(EVERY_KIND);
    }

    @Test
    void the_tagged_shape_is_plain_json() {
        List<Criterion> read = CriteriaJson.read(json("""
                [{"kind":"managementSystem","standard":"iso-14001","mandatory":true},
                 {"kind":"declaredValueLimit","quantity":"CARBON_FOOTPRINT","comparison":"at_most","limit":2.50,"unit":"kg CO2e/kg","weight":30},
                 {"kind":"evidenceWithin","evidenceType":"TEST_REPORT","coverage":"FACILITY","maxAgeMonths":12,"weight":1}]"""));
        assertThat(read).containsExactly(new ManagementSystem(Standard.ISO_14001, MANDATORY),
                new DeclaredValueLimit(Quantity.CARBON_FOOTPRINT, Comparison.AT_MOST, new BigDecimal("2.5"),
                        Unit.KG_CO2E_PER_KG, weight(30)),
                new EvidenceWithin(EvidenceType.TEST_REPORT, Coverage.FACILITY, 12, false, weight(1)));
        assertThat(CriteriaJson.write(read, false).getJsonObject(1).get("limit").toString()).isEqualTo("2.5");
        assertThat(CriteriaJson.read(json("[{\"kind\":\"declaredValueLimit\",\"quantity\":\"RECYCLED_CONTENT\","
                + "\"comparison\":\"AT_LEAST\",\"limit\":1E+2,\"unit\":\"%\",\"weight\":3}]")).getFirst().toString())
                .contains("limit=100,");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [{"kind":"un383TestSummary","mandatory":true},{"mandatory":true}]                      | criteria.json.kind.missing   | Criterion 2 has no kind
            [{"kind":"carbonNeutral","mandatory":true}]                                            | criteria.json.kind.unknown   | Criterion 1 has the kind carbonNeutral
            [{"kind":"managementSystem","standard":"ISO_14001","mandatory":true,"wieght":3}]       | criteria.json.field.unknown  | Criterion 1 (managementSystem) has the field wieght, which a criterion of this kind does not have; it has kind, mandatory, weight, standard.
            [{"kind":"managementSystem","mandatory":true}]                                         | criteria.json.field.required | Criterion 1 (managementSystem) needs the field standard
            [{"kind":"managementSystem","standard":"ISO_50001","mandatory":true}]                  | criteria.json.value.unknown  | Criterion 1 (managementSystem): the field standard is ISO_50001
            [{"kind":"managementSystem","standard":14001,"mandatory":true}]                        | criteria.json.field.type     | the field standard must be a JSON string
            [{"kind":"un383TestSummary","mandatory":"yes"}]                                        | criteria.json.field.type     | the field mandatory must be a JSON boolean
            [{"kind":"un383TestSummary","weight":2.5}]                                             | criteria.json.field.type     | the field weight must be a JSON integer
            [{"kind":"un383TestSummary","weight":99999999999}]                                     | criteria.json.value.invalid  | the field weight is 99999999999
            [{"kind":"holdsCredential","scheme":"not-an-id","mandatory":true}]                     | criteria.json.value.invalid  | Criterion 1 (holdsCredential): the field scheme is not-an-id
            [{"kind":"hazardExclusion","ghsClasses":["NOT_A_CLASS"],"mandatory":true}]             | criteria.json.value.invalid  | the field ghsClasses is NOT_A_CLASS
            [{"kind":"noSvhcAbove","products":"all","mandatory":true}]                             | criteria.json.field.type     | the field products must be a JSON array
            [{"kind":"declaredValueLimit","quantity":"CARBON_FOOTPRINT","comparison":"AT_MOST","limit":1e999999999,"unit":"KG_CO2E_PER_KG","weight":1}] | criteria.json.value.invalid | the field limit is
            [{"kind":"declaredValueLimit","quantity":"CARBON_FOOTPRINT","comparison":"AT_MOST","limit":2,"unit":"t","weight":1}] | criteria.json.value.invalid | the field unit is t
            [1]                                                                                    | criteria.json.not.object     | Criterion 1 is not a JSON object
            {"kind":"un383TestSummary"}                                                            | criteria.json.not.list       | must be a list
            """)
    void a_malformed_criterion_is_refused_naming_it(String criteria, String code, String detail) {
        InvalidInputException e = refusal(criteria);
        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo(code);
        assertThat(DomainMessages.format(e, Locale.ENGLISH)).contains(detail);
        assertThat(DomainMessages.format(e, Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
    }

    @Test
    void more_than_fifty_are_refused_before_any_is_read() {
        String many = IntStream.range(0, 51).mapToObj(i -> "{\"kind\":\"nonsense\"}").collect(Collectors.joining(",", "[", "]"));
        assertThat(refusal(many).messageKey()).isEqualTo("criteria.too.many");
        assertThat(refusal(many).arguments()).containsExactly(51, 50);
    }

    @Test
    void the_rules_of_a_version_apply_after_reading_and_name_the_criterion_by_its_key() {
        List<Criterion> read = CriteriaJson.read(json("""
                [{"kind":"managementSystem","standard":"ISO_14001","mandatory":true},
                 {"kind":"declaredValueLimit","quantity":"CARBON_FOOTPRINT","comparison":"AT_MOST","limit":2,"unit":"PERCENT","weight":5}]"""));
        assertThatThrownBy(() -> new CriteriaVersion(1, read, CriteriaFixtures.CLOCK.instant(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("criteria.unit.mismatch");
                    assertThat(e.arguments()).startsWith(2, "declared-value:CARBON_FOOTPRINT:at-most:2:percent");
                });
        assertThat(CriteriaJson.read(JsonValue.NULL)).isEmpty();
    }
}
