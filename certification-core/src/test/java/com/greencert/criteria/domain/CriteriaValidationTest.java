package com.greencert.criteria.domain;

import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.Unit;
import com.greencert.supplier.domain.Quantity;
import static com.greencert.criteria.domain.CriteriaFixtures.BODY;
import static com.greencert.criteria.domain.CriteriaFixtures.CLOCK;
import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.SCHEME;
import static com.greencert.criteria.domain.CriteriaFixtures.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.DeclaredValueLimit.Comparison;
import com.greencert.criteria.domain.EvidenceWithin.Coverage;
import com.greencert.criteria.domain.ManagementSystem.Standard;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A version is refused with an {@link InvalidInputException} whose arguments name the criterion (its position from
 * 1 and its key) and whose message reads in English and Chinese.
 */
class CriteriaValidationTest {

    private static final Criterion ISO_14001 = new ManagementSystem(Standard.ISO_14001, MANDATORY);

    private static DeclaredValueLimit carbon(Comparison comparison, String limit, Importance importance) {
        return new DeclaredValueLimit(Quantity.CARBON_FOOTPRINT, comparison, new BigDecimal(limit), Unit.KG_CO2E_PER_KG,
                importance);
    }

    private static DeclaredValueLimit recycled(Comparison comparison, String limit) {
        return new DeclaredValueLimit(Quantity.RECYCLED_CONTENT, comparison, new BigDecimal(limit), Unit.PERCENT,
                weight(10));
    }

    /** The refusal of a version of these criteria, checked to read in both languages. */
    private static InvalidInputException refusal(Criterion... criteria) {
        return refusal(Arrays.asList(criteria));
    }

    private static InvalidInputException refusal(List<Criterion> criteria) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new CriteriaVersion(1, criteria, CLOCK.instant(), false));
        assertThat(e).as("refused").isNotNull();
        readsInBothLanguages(e);
        return e;
    }

    static void readsInBothLanguages(InvalidInputException e) {
        assertThat(DomainMessages.format(e, Locale.ENGLISH)).as(e.messageKey()).doesNotContain(e.messageKey());
        assertThat(DomainMessages.format(e, Locale.SIMPLIFIED_CHINESE)).as(e.messageKey())
                .doesNotContain(e.messageKey()).containsPattern("\\p{IsHan}");
    }

    @Test
    void a_well_made_version_is_accepted() {
        assertThatCode(() -> new CriteriaVersion(1, List.of(ISO_14001, new Un383TestSummary(weight(100)),
                carbon(Comparison.AT_MOST, "2.5", weight(1)), recycled(Comparison.AT_LEAST, "30"),
                recycled(Comparison.AT_MOST, "30"), NoSvhcAbove.inAllProducts(MANDATORY)), CLOCK.instant(), false))
                .doesNotThrowAnyException();
    }

    @Test
    void an_empty_version_is_refused() {
        assertThat(refusal().messageKey()).isEqualTo("criteria.empty");
        assertThat(refusal((List<Criterion>) null).messageKey()).isEqualTo("criteria.empty");
    }

    @Test
    void too_many_criteria_or_a_missing_one_are_refused() {
        List<Criterion> many = new ArrayList<>();
        for (int i = 0; i < CriteriaRules.MAX_CRITERIA + 1; i++) {
            many.add(new EvidenceWithin(EvidenceType.TEST_REPORT, Coverage.PRODUCT, i + 1, true, weight(1)));
        }
        assertThat(refusal(many).arguments()).containsExactly(CriteriaRules.MAX_CRITERIA + 1, CriteriaRules.MAX_CRITERIA);
        InvalidInputException missing = refusal(ISO_14001, null);
        assertThat(missing.messageKey()).isEqualTo("criteria.criterion.missing");
        assertThat(missing.arguments()).containsExactly(2);
    }

    @Test
    void a_duplicate_names_both_positions_whatever_its_importance_and_the_order_of_its_sets() {
        HoldsCredential a = new HoldsCredential(SCHEME, Set.of(BODY, CriteriaFixtures.OTHER_BODY), false, MANDATORY);
        HoldsCredential b = new HoldsCredential(SCHEME, Set.of(CriteriaFixtures.OTHER_BODY, BODY), false, weight(5));
        InvalidInputException e = refusal(a, ISO_14001, b);
        assertThat(e.messageKey()).isEqualTo("criteria.duplicate");
        assertThat(e.arguments()).containsExactly(3, b.key(), 1);
        assertThat(DomainMessages.format(e, Locale.ENGLISH)).startsWith("Criterion 3 (holds-credential:" + SCHEME);
        // the same limit written 2.5 and 2.50 is the same criterion
        assertThat(refusal(carbon(Comparison.AT_MOST, "2.5", MANDATORY), carbon(Comparison.AT_MOST, "2.50", weight(3)))
                .messageKey()).isEqualTo("criteria.duplicate");
    }

    @Test
    void a_lower_limit_above_an_upper_limit_on_the_same_quantity_is_a_contradiction() {
        DeclaredValueLimit atLeast50 = recycled(Comparison.AT_LEAST, "50");
        DeclaredValueLimit atMost20 = recycled(Comparison.AT_MOST, "20");
        InvalidInputException e = refusal(atLeast50, ISO_14001, atMost20);
        assertThat(e.messageKey()).isEqualTo("criteria.contradiction");
        assertThat(e.arguments()).containsExactly(3, atMost20.key(), 1, atLeast50.key());
        assertThat(DomainMessages.format(e, Locale.ENGLISH))
                .isEqualTo("Criterion 3 (declared-value:RECYCLED_CONTENT:at-most:20:percent) contradicts criterion 1 "
                        + "(declared-value:RECYCLED_CONTENT:at-least:50:percent): no product can meet both.");
        // on different quantities, or a range that can be met, nothing contradicts
        assertThatCode(() -> new CriteriaVersion(1, List.of(atLeast50, carbon(Comparison.AT_MOST, "20", weight(2)),
                recycled(Comparison.AT_MOST, "60")), CLOCK.instant(), false)).doesNotThrowAnyException();
    }

    @Test
    void a_criterion_is_mandatory_or_weighted_exactly_once() {
        InvalidInputException both = refusal(ISO_14001, new Un383TestSummary(new Importance(true, 10)));
        assertThat(both.messageKey()).isEqualTo("criteria.importance.both");
        assertThat(both.arguments()).containsExactly(2, "un38.3-test-summary");
        InvalidInputException neither = refusal(new Un383TestSummary(new Importance(false, null)));
        assertThat(neither.messageKey()).isEqualTo("criteria.importance.missing");
        assertThat(neither.arguments()).containsExactly(1, "un38.3-test-summary");
    }

    @Test
    void a_weight_is_from_1_to_100() {
        for (int bad : new int[] {0, -1, 101}) {
            InvalidInputException e = refusal(ISO_14001, new Un383TestSummary(weight(bad)));
            assertThat(e.messageKey()).isEqualTo("criteria.weight.range");
            assertThat(e.arguments()).containsExactly(2, "un38.3-test-summary", bad, 1, 100);
        }
    }

    @Test
    void a_limit_in_another_unit_than_its_quantitys_is_refused_naming_the_criterion() {
        DeclaredValueLimit percentCarbon = new DeclaredValueLimit(Quantity.CARBON_FOOTPRINT, Comparison.AT_MOST,
                BigDecimal.TEN, Unit.PERCENT, weight(10));
        InvalidInputException e = refusal(ISO_14001, percentCarbon);
        assertThat(e.messageKey()).isEqualTo("criteria.unit.mismatch");
        assertThat(e.arguments()).containsExactly(2, percentCarbon.key(), "%", "kg CO2e/kg");
        assertThat(DomainMessages.format(e, Locale.SIMPLIFIED_CHINESE)).contains("第 2 项标准").contains("kg CO2e/kg");
    }

    @Test
    void a_limit_is_not_negative_and_a_share_at_most_100_percent() {
        assertThat(refusal(recycled(Comparison.AT_LEAST, "100.5")).messageKey()).isEqualTo("criteria.limit.range");
        assertThat(refusal(carbon(Comparison.AT_MOST, "-1", MANDATORY)).arguments())
                .containsExactly(1, "declared-value:CARBON_FOOTPRINT:at-most:-1:kg-co2e-per-kg", "-1", "kg CO2e/kg");
    }

    @Test
    void evidence_age_is_from_1_to_120_months() {
        for (int bad : new int[] {0, 121}) {
            EvidenceWithin c = new EvidenceWithin(EvidenceType.TEST_REPORT, Coverage.PRODUCT, bad, true, MANDATORY);
            InvalidInputException e = refusal(c);
            assertThat(e.messageKey()).isEqualTo("criteria.max.age.range");
            assertThat(e.arguments()).containsExactly(1, c.key(), bad, 120);
        }
    }

    @Test
    void a_hazard_exclusion_excludes_something() {
        HazardExclusion nothing = new HazardExclusion(Set.of(), null, Set.of(), MANDATORY);
        InvalidInputException e = refusal(nothing);
        assertThat(e.messageKey()).isEqualTo("criteria.hazard.exclusion.empty");
        assertThat(e.arguments()).containsExactly(1, nothing.key());
        assertThatCode(() -> new CriteriaVersion(1, List.of(new HazardExclusion(Set.of(GhsHazardClass.CARCINOGENICITY),
                null, null, MANDATORY)), CLOCK.instant(), false)).doesNotThrowAnyException();
    }

    @Test
    void a_missing_part_of_a_criterion_is_a_required_field() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new HoldsCredential(null, Set.of(), false, MANDATORY));
        assertThat(e.messageKey()).isEqualTo("field.required");
        assertThat(e.arguments()).containsExactly("scheme");
    }

    @Test
    void an_unknown_scheme_is_refused_through_the_port_naming_the_criterion() {
        SchemeId unknown = SchemeId.newId();
        KnownSchemes known = SCHEME::equals;
        List<Criterion> criteria = List.of(new HoldsCredential(SCHEME, Set.of(), false, MANDATORY), ISO_14001,
                new HoldsCredential(unknown, Set.of(), true, weight(10)));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> known.requireKnown(criteria));
        assertThat(e.messageKey()).isEqualTo("criteria.scheme.unknown");
        assertThat(e.arguments()).containsExactly(3, criteria.get(2).key(), unknown);
        readsInBothLanguages(e);
        assertThatCode(() -> known.requireKnown(criteria.subList(0, 2))).doesNotThrowAnyException();
    }

    @Test
    void a_declared_value_is_in_its_quantitys_unit_and_range() {
        InvalidInputException unit = catchThrowableOfType(InvalidInputException.class,
                () -> new DeclaredValue(Quantity.RECYCLED_CONTENT, BigDecimal.ONE, Unit.KG_CO2E_PER_KG, null));
        assertThat(unit.messageKey()).isEqualTo("declared.value.unit");
        readsInBothLanguages(unit);
        InvalidInputException range = catchThrowableOfType(InvalidInputException.class,
                () -> new DeclaredValue(Quantity.BIOBASED_CONTENT, new BigDecimal("101"), Unit.PERCENT, null));
        assertThat(range.messageKey()).isEqualTo("declared.value.range");
        readsInBothLanguages(range);
    }

    @Test
    void the_criteria_of_a_version_cannot_be_changed_afterwards() {
        List<Criterion> mine = new ArrayList<>(List.of(ISO_14001));
        CriteriaVersion v = new CriteriaVersion(1, mine, CLOCK.instant(), false);
        mine.add(new Un383TestSummary(MANDATORY));
        assertThat(v.criteria()).hasSize(1);
        assertThat(v.criteria()).isEqualTo(List.of(ISO_14001));
    }
}
