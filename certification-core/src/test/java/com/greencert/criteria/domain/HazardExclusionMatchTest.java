package com.greencert.criteria.domain;

import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.PRODUCT_DATA;
import static com.greencert.criteria.domain.CriteriaFixtures.line;
import static com.greencert.criteria.domain.CriteriaFixtures.product;
import static com.greencert.criteria.domain.CriteriaFixtures.products;
import static com.greencert.criteria.domain.CriteriaFixtures.shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HazardExclusionMatchTest {

    private static final HazardExclusion NO_CMR_NO_CLASS_3 = new HazardExclusion(Set.of(GhsHazardClass.CARCINOGENICITY),
            Set.of(GhsHazardStatement.of("H360FD")), Set.of(TransportHazardClass.FLAMMABLE_LIQUIDS), MANDATORY);

    private final ProductFact battery = product("LFP cell").un("UN3480").fact();
    private final ProductFact aquatic = product("Biocide").ghs(GhsHazardClass.HAZARDOUS_TO_AQUATIC_ENVIRONMENT, "H410").fact();

    @Test
    void products_outside_every_excluded_class_pass() {
        MatchResult.Line line = line(NO_CMR_NO_CLASS_3, products(battery, aquatic));
        assertThat(line.outcome()).isEqualTo(Outcome.PASS);
        assertThat(line.reason()).isEqualTo(MatchReason.HAZARD_NONE);
        assertThat(line.basis()).containsExactly(battery, aquatic);
    }

    @Test
    void a_product_in_an_excluded_class_statement_or_transport_class_fails() {
        ProductFact carcinogen = product("Solvent X").ghs(GhsHazardClass.CARCINOGENICITY, "H350").fact();
        MatchResult.Line ghs = line(NO_CMR_NO_CLASS_3, products(battery, carcinogen));
        assertThat(ghs.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(ghs.reason()).isEqualTo(MatchReason.HAZARD_GHS_CLASS);
        assertThat(ghs.args()).containsExactly("Solvent X", GhsHazardClass.CARCINOGENICITY);
        assertThat(ghs.basis()).containsExactly(carcinogen);

        ProductFact reprotoxic = product("Plasticiser").ghs(GhsHazardClass.REPRODUCTIVE_TOXICITY, "H360FD").fact();
        assertThat(line(NO_CMR_NO_CLASS_3, products(reprotoxic)).reason()).isEqualTo(MatchReason.HAZARD_STATEMENT);

        ProductFact acetone = product("Acetone").un("UN1090").fact();
        MatchResult.Line transport = line(NO_CMR_NO_CLASS_3, products(acetone));
        assertThat(transport.reason()).isEqualTo(MatchReason.HAZARD_TRANSPORT_CLASS);
        assertThat(transport.args()).containsExactly("Acetone", "3");
    }

    @Test
    void without_products_it_is_unknown_and_with_products_withheld_not_shared() {
        MatchResult.Line none = line(NO_CMR_NO_CLASS_3, products());
        assertThat(none.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(none.reason()).isEqualTo(MatchReason.NO_PRODUCTS);
        assertThat(none.notShared()).isFalse();
        MatchResult.Line withheld = line(NO_CMR_NO_CLASS_3, shared(List.of(), List.of(), List.of(battery), PRODUCT_DATA));
        assertThat(withheld.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(withheld.notShared()).isTrue();
    }
}
