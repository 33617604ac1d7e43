package com.greencert.criteria.domain;

import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.Unit;
import com.greencert.supplier.domain.Quantity;
import static com.greencert.criteria.domain.CriteriaFixtures.BODY;
import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.SCHEME;
import static com.greencert.criteria.domain.CriteriaFixtures.SUPPLIER;
import static com.greencert.criteria.domain.CriteriaFixtures.TODAY;
import static com.greencert.criteria.domain.CriteriaFixtures.credential;
import static com.greencert.criteria.domain.CriteriaFixtures.evidence;
import static com.greencert.criteria.domain.CriteriaFixtures.matcher;
import static com.greencert.criteria.domain.CriteriaFixtures.product;
import static com.greencert.criteria.domain.CriteriaFixtures.shared;
import static com.greencert.criteria.domain.CriteriaFixtures.weight;
import static com.greencert.criteria.domain.CriteriaFixtures.withheld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.criteria.domain.EvidenceWithin.Coverage;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.supplier.domain.SvhcVerdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Unknown, not shared" tells the buyer that the supplier could share something, and nothing else: no id, no date,
 * no hash, not whether it would pass. Public registry facts go through the same matcher; what the registry does not
 * publish is unknown, never failed.
 */
class NotSharedAndPublicFactsTest {

    private static final EvidenceWithin RECENT_SDS = new EvidenceWithin(EvidenceType.SAFETY_DATA_SHEET, Coverage.PRODUCT,
            36, true, MANDATORY);

    private final ProductFact solvent = product("Solvent").un("UN1993").ghs(GhsHazardClass.FLAMMABLE_LIQUIDS, "H225")
            .svhc(SvhcVerdict.EXCEEDS_THRESHOLD).fact();

    @Test
    void not_shared_carries_no_argument_and_no_basis_and_reads_the_same_whatever_is_withheld() {
        // one supplier shared an expired sheet and withholds another one, the other shared nothing and withholds one
        EvidenceFact expiredShared = evidence(EvidenceType.SAFETY_DATA_SHEET, TODAY.minusYears(2), TODAY.minusDays(1),
                solvent.id());
        MatchResult.Line a = matcher(RECENT_SDS).match(shared(List.of(), List.of(expiredShared), List.of(solvent),
                withheld(EvidenceType.SAFETY_DATA_SHEET)), TODAY).lines().getFirst();
        MatchResult.Line b = matcher(RECENT_SDS).match(shared(List.of(), List.of(), List.of(solvent),
                withheld(EvidenceType.SAFETY_DATA_SHEET)), TODAY).lines().getFirst();
        assertThat(a).isEqualTo(b);
        assertThat(a.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.reason()).isEqualTo(MatchReason.NOT_SHARED);
        assertThat(a.args()).isEmpty();
        assertThat(a.basis()).isEmpty();
        assertThat(a.message(Locale.ENGLISH)).isEqualTo("The supplier holds information for this criterion that it has "
                + "not shared with you. Ask the supplier to share it.");
        assertThat(a.message(Locale.SIMPLIFIED_CHINESE)).contains("尚未与您共享");
    }

    @Test
    void not_shared_is_told_apart_from_plain_unknown() {
        MatchResult.Line notShared = matcher(RECENT_SDS).match(shared(List.of(), List.of(), List.of(),
                CriteriaFixtures.PRODUCT_DATA), TODAY).lines().getFirst();
        MatchResult.Line unknown = matcher(RECENT_SDS).match(shared(List.of(), List.of(), List.of()), TODAY).lines()
                .getFirst();
        assertThat(notShared.outcome()).isEqualTo(unknown.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(notShared.notShared()).isTrue();
        assertThat(unknown.notShared()).isFalse();
        assertThat(unknown.reason()).isEqualTo(MatchReason.NO_PRODUCTS);
    }

    @Test
    void the_withheld_markers_hold_nothing_but_the_kind_of_fact() {
        assertThat(SupplierFacts.Withheld.EvidenceOfType.class.getRecordComponents()).hasSize(1);
        assertThat(SupplierFacts.Withheld.ProductData.class.getRecordComponents()).isEmpty();
    }

    @Test
    void public_registry_facts_keep_only_published_product_data_and_say_what_they_cannot_tell() {
        ProductFact declared = product("Cell").un("UN3480").declares(new DeclaredValue(Quantity.CARBON_FOOTPRINT,
                BigDecimal.ONE, Unit.KG_CO2E_PER_KG, null)).fact();
        SupplierFacts registry = SupplierFacts.publicRegistry(SUPPLIER,
                List.of(credential(BODY, TODAY.minusYears(1), TODAY.plusYears(1))), List.of(solvent, declared), List.of());
        assertThat(registry.products()).allSatisfy(p -> {
            assertThat(p.svhc()).isNull();
            assertThat(p.statements()).isEmpty();
            assertThat(p.declaredValues()).isEmpty();
        });
        assertThat(registry.products().getFirst().ghsClasses()).containsExactly(GhsHazardClass.FLAMMABLE_LIQUIDS);

        List<Criterion> criteria = List.of(new HoldsCredential(SCHEME, Set.of(), false, MANDATORY),
                NoSvhcAbove.inAllProducts(MANDATORY), RECENT_SDS, new Un383TestSummary(weight(10)),
                new ManagementSystem(ManagementSystem.Standard.ISO_14001, weight(10)),
                new DeclaredValueLimit(Quantity.CARBON_FOOTPRINT, DeclaredValueLimit.Comparison.AT_MOST, BigDecimal.TEN,
                        Unit.KG_CO2E_PER_KG, weight(10)),
                new HazardExclusion(Set.of(GhsHazardClass.CARCINOGENICITY), Set.of(GhsHazardStatement.of("H350")), Set.of(),
                        weight(10)),
                new HazardExclusion(Set.of(GhsHazardClass.FLAMMABLE_LIQUIDS), Set.of(), Set.of(), weight(10)));
        MatchResult result = new Matcher(new CriteriaVersion(1, criteria, CriteriaFixtures.CLOCK.instant(), false))
                .match(registry, TODAY);
        assertThat(result.lines()).extracting(MatchResult.Line::outcome).containsExactly(Outcome.PASS, Outcome.UNKNOWN,
                Outcome.UNKNOWN, Outcome.UNKNOWN, Outcome.UNKNOWN, Outcome.UNKNOWN, Outcome.UNKNOWN, Outcome.FAIL);
        assertThat(result.lines().subList(1, 7)).allSatisfy(l -> {
            assertThat(l.reason()).isEqualTo(MatchReason.NOT_PUBLIC);
            assertThat(l.notShared()).isFalse();
        });
        assertThat(result.overall()).isEqualTo(Outcome.UNKNOWN);
        assertThat(result.score()).isZero();
    }

    @Test
    void public_registry_facts_hold_no_evidence_and_nothing_withheld() {
        EvidenceFact sheet = evidence(EvidenceType.SAFETY_DATA_SHEET, TODAY, null);
        assertThatThrownBy(() -> new SupplierFacts(SUPPLIER, SupplierFacts.Source.PUBLIC_REGISTRY, List.of(),
                List.of(sheet), List.of(), List.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupplierFacts(SUPPLIER, SupplierFacts.Source.PUBLIC_REGISTRY, List.of(), List.of(),
                List.of(), List.of(), Set.of(CriteriaFixtures.PRODUCT_DATA))).isInstanceOf(IllegalArgumentException.class);
    }
}
