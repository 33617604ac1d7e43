package com.greencert.criteria.domain;

import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.SUPPLIER;
import static com.greencert.criteria.domain.CriteriaFixtures.TODAY;
import static com.greencert.criteria.domain.CriteriaFixtures.evidence;
import static com.greencert.criteria.domain.CriteriaFixtures.line;
import static com.greencert.criteria.domain.CriteriaFixtures.product;
import static com.greencert.criteria.domain.CriteriaFixtures.products;
import static com.greencert.criteria.domain.CriteriaFixtures.shared;
import static com.greencert.criteria.domain.CriteriaFixtures.sharing;
import static com.greencert.criteria.domain.CriteriaFixtures.withheld;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.criteria.domain.EvidenceWithin.Coverage;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.supplier.domain.FacilityId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recent evidence per product or facility, and the UN 38.3 test summary of battery products. */
class EvidenceMatchTest {

    private static final EvidenceWithin RECENT_REPORT = new EvidenceWithin(EvidenceType.TEST_REPORT, Coverage.PRODUCT,
            12, true, MANDATORY);
    private static final Un383TestSummary UN383 = new Un383TestSummary(MANDATORY);

    private final ProductFact cell = product("LFP cell").un("UN3480").fact();
    private final ProductFact acetone = product("Acetone").un("UN1090").fact();

    @Test
    void a_recent_unexpired_report_for_every_product_passes_resting_on_the_reports() {
        EvidenceFact forCell = evidence(EvidenceType.TEST_REPORT, TODAY.minusMonths(12), null, cell.id());
        EvidenceFact forAcetone = evidence(EvidenceType.TEST_REPORT, TODAY.minusMonths(2), TODAY, acetone.id());
        MatchResult.Line line = line(RECENT_REPORT, sharing(List.of(forCell, forAcetone), cell, acetone));
        assertThat(line.outcome()).isEqualTo(Outcome.PASS);
        assertThat(line.reason()).isEqualTo(MatchReason.EVIDENCE_WITHIN);
        assertThat(line.basis()).containsExactly(forCell, forAcetone);
        assertThat(((EvidenceFact) line.basis().getFirst()).sha256()).hasSize(64);
        assertThat(line.message(Locale.ENGLISH)).isEqualTo("Each is covered by a test report issued within the last 12 months.");
    }

    @Test
    void a_product_without_a_report_or_with_an_old_or_expired_one_fails_naming_it() {
        EvidenceFact forCell = evidence(EvidenceType.TEST_REPORT, TODAY.minusMonths(1), null, cell.id());
        MatchResult.Line missing = line(RECENT_REPORT, sharing(List.of(forCell), cell, acetone));
        assertThat(missing.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(missing.reason()).isEqualTo(MatchReason.EVIDENCE_MISSING);
        assertThat(missing.args()).containsExactly(EvidenceType.TEST_REPORT, "Acetone");

        EvidenceFact old = evidence(EvidenceType.TEST_REPORT, TODAY.minusMonths(12).minusDays(1), null, acetone.id());
        MatchResult.Line tooOld = line(RECENT_REPORT, sharing(List.of(forCell, old), cell, acetone));
        assertThat(tooOld.reason()).isEqualTo(MatchReason.EVIDENCE_TOO_OLD);
        assertThat(tooOld.basis()).containsExactly(old);

        EvidenceFact expired = evidence(EvidenceType.TEST_REPORT, TODAY.minusMonths(3), TODAY.minusDays(1), acetone.id());
        MatchResult.Line lapsed = line(RECENT_REPORT, sharing(List.of(forCell, expired), cell, acetone));
        assertThat(lapsed.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(lapsed.reason()).isEqualTo(MatchReason.EVIDENCE_EXPIRED);
        // expiry does not matter when the criterion does not ask for it
        EvidenceWithin anyExpiry = new EvidenceWithin(EvidenceType.TEST_REPORT, Coverage.PRODUCT, 12, false, MANDATORY);
        assertThat(line(anyExpiry, sharing(List.of(forCell, expired), cell, acetone)).outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void a_report_of_the_type_withheld_makes_it_unknown_not_shared_and_no_products_unknown() {
        EvidenceFact expired = evidence(EvidenceType.TEST_REPORT, TODAY.minusMonths(3), TODAY.minusDays(1), cell.id());
        MatchResult.Line line = line(RECENT_REPORT,
                shared(List.of(), List.of(expired), List.of(cell), withheld(EvidenceType.TEST_REPORT)));
        assertThat(line.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(line.notShared()).isTrue();
        assertThat(line(RECENT_REPORT, shared(List.of(), List.of(expired), List.of(cell),
                withheld(EvidenceType.SAFETY_DATA_SHEET))).reason()).as("another type withheld")
                .isEqualTo(MatchReason.EVIDENCE_EXPIRED);
        MatchResult.Line none = line(RECENT_REPORT, products());
        assertThat(none.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(none.reason()).isEqualTo(MatchReason.NO_PRODUCTS);
    }

    @Test
    void facility_coverage_checks_every_facility() {
        FacilityId plant = FacilityId.newId();
        FacilityId warehouse = FacilityId.newId();
        EvidenceWithin audit = new EvidenceWithin(EvidenceType.AUDIT_REPORT, Coverage.FACILITY, 24, false, MANDATORY);
        EvidenceFact plantAudit = evidence(EvidenceType.AUDIT_REPORT, TODAY.minusMonths(6), null, plant);
        EvidenceFact productReport = evidence(EvidenceType.AUDIT_REPORT, TODAY.minusMonths(6), null, cell.id());
        SupplierFacts one = SupplierFacts.shared(SUPPLIER, List.of(), List.of(plantAudit, productReport), List.of(cell),
                List.of(plant), Set.of());
        assertThat(line(audit, one).outcome()).isEqualTo(Outcome.PASS);
        assertThat(line(audit, one).basis()).containsExactly(plantAudit);
        SupplierFacts two = SupplierFacts.shared(SUPPLIER, List.of(), List.of(plantAudit), List.of(), List.of(plant, warehouse),
                Set.of());
        assertThat(line(audit, two).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(line(audit, two).args()).containsExactly(EvidenceType.AUDIT_REPORT, warehouse.toString());
        MatchResult.Line none = line(audit, products(cell));
        assertThat(none.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(none.reason()).isEqualTo(MatchReason.NO_FACILITIES);
    }

    @Test
    void a_battery_product_with_its_un383_summary_passes_and_without_batteries_nothing_is_needed() {
        EvidenceFact summary = evidence(EvidenceType.UN38_3_SUMMARY, TODAY.minusYears(5), null, cell.id());
        MatchResult.Line line = line(UN383, sharing(List.of(summary), cell, acetone));
        assertThat(line.outcome()).isEqualTo(Outcome.PASS);
        assertThat(line.reason()).isEqualTo(MatchReason.UN383_PRESENT);
        assertThat(line.basis()).containsExactly(summary);
        MatchResult.Line noBattery = line(UN383, products(acetone));
        assertThat(noBattery.outcome()).isEqualTo(Outcome.PASS);
        assertThat(noBattery.reason()).isEqualTo(MatchReason.UN383_NOT_APPLICABLE);
        assertThat(List.of("UN3090", "UN3091", "UN3480", "UN3481")).allSatisfy(un ->
                assertThat(product("battery").un(un).fact().needsUn383TestSummary()).as(un).isTrue());
    }

    @Test
    void a_battery_product_without_a_summary_fails() {
        EvidenceFact otherProduct = evidence(EvidenceType.UN38_3_SUMMARY, TODAY.minusYears(1), null, acetone.id());
        EvidenceFact wrongType = evidence(EvidenceType.TEST_REPORT, TODAY.minusYears(1), null, cell.id());
        MatchResult.Line line = line(UN383, sharing(List.of(otherProduct, wrongType), cell, acetone));
        assertThat(line.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(line.reason()).isEqualTo(MatchReason.EVIDENCE_MISSING);
        assertThat(line.args()).containsExactly(EvidenceType.UN38_3_SUMMARY, "LFP cell");
    }

    @Test
    void a_withheld_summary_or_unknown_products_leave_it_unknown() {
        MatchResult.Line withheld = line(UN383, shared(List.of(), List.of(), List.of(cell),
                withheld(EvidenceType.UN38_3_SUMMARY)));
        assertThat(withheld.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(withheld.notShared()).isTrue();
        assertThat(line(UN383, products()).reason()).isEqualTo(MatchReason.NO_PRODUCTS);
        assertThat(line(UN383, shared(List.of(), List.of(), List.of(acetone), CriteriaFixtures.PRODUCT_DATA)).notShared())
                .as("a product not shown may be a battery").isTrue();
    }
}
