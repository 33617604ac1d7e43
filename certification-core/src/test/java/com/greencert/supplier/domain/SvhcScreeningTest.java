package com.greencert.supplier.domain;

import static com.greencert.svhc.domain.SvhcFixtures.BORIC_ACID;
import static com.greencert.svhc.domain.SvhcFixtures.DEHP;
import static com.greencert.svhc.domain.SvhcFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.reference.domain.HsCode;
import com.greencert.svhc.domain.SvhcFixtures;
import com.greencert.svhc.domain.SvhcListVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SvhcScreeningTest {

    private static final SvhcListVersion LIST = SvhcFixtures.version("2025-06-25", "2025-06-25", DEHP, LEAD, BORIC_ACID);

    private static Product cable(Component... composition) {
        return new Product(ProductId.newId(), "PVC power cable", "PVC 电源线", HsCode.of("854449"), null, Set.of(), List.of(),
                List.of(composition), Instant.parse("2026-11-28T10:00:00Z"));
    }

    private static Component component(String name, String cas, String ec, String min, String max) {
        return new Component(name, CasNumber.of(cas), ec == null ? null : EcNumber.of(ec), ConcentrationRange.of(min, max));
    }

    @Test
    void each_component_gets_a_verdict_against_the_named_list_version() {
        Product product = cable(
                component("PVC", "9002-86-2", null, "50", "60"),
                component("DEHP", "117-81-7", null, "0.2", "0.5"),
                component("Lead stabiliser", "7439-92-1", null, "0.05", "0.3"),
                component("Boric acid", "11113-50-1", null, "0.01", "0.1"));
        SvhcScreeningResult result = SvhcScreening.screen(product, LIST);

        assertThat(result.product()).isEqualTo(product.id());
        assertThat(result.listVersion()).isEqualTo(LIST.id());
        assertThat(result.listLabel()).isEqualTo("2025-06-25");
        assertThat(result.listPublishedOn()).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(result.components()).extracting(ComponentScreening::verdict).containsExactly(
                SvhcVerdict.NOT_ON_LIST, SvhcVerdict.EXCEEDS_THRESHOLD, SvhcVerdict.MAY_EXCEED_THRESHOLD,
                SvhcVerdict.AT_OR_BELOW_THRESHOLD);
        assertThat(result.components()).extracting(ComponentScreening::matchedBy).containsExactly(
                ComponentScreening.MatchedBy.NOT_MATCHED, ComponentScreening.MatchedBy.CAS_NUMBER,
                ComponentScreening.MatchedBy.CAS_NUMBER, ComponentScreening.MatchedBy.CAS_NUMBER);
        assertThat(result.components().get(1).svhcEntry()).contains(DEHP);
        assertThat(result.components().get(3).svhcEntry()).contains(BORIC_ACID);
        assertThat(result.svhcComponents()).hasSize(3);
        assertThat(result.exceedsThreshold()).isTrue();
        assertThat(result.mayExceedThreshold()).isTrue();
    }

    @Test
    void a_component_whose_cas_number_is_not_listed_is_matched_by_its_ec_number() {
        // a CAS number the entry does not list (e.g. another hydrate), with the entry's EC number
        Product product = cable(component("Lead (other CAS)", "50-00-0", "231-100-4", "0.01", "0.05"));
        ComponentScreening screening = SvhcScreening.screen(product, LIST).components().getFirst();
        assertThat(screening.matchedBy()).isEqualTo(ComponentScreening.MatchedBy.EC_NUMBER);
        assertThat(screening.svhcEntry()).contains(LEAD);
        assertThat(screening.verdict()).isEqualTo(SvhcVerdict.AT_OR_BELOW_THRESHOLD);
    }

    @Test
    void exactly_0_1_percent_is_not_above_the_threshold() {
        Product product = cable(component("DEHP", "117-81-7", null, "0.1", "0.1"));
        SvhcScreeningResult result = SvhcScreening.screen(product, LIST);
        assertThat(result.components().getFirst().verdict()).isEqualTo(SvhcVerdict.AT_OR_BELOW_THRESHOLD);
        assertThat(result.mayExceedThreshold()).isFalse();
        assertThat(result.exceedsThreshold()).isFalse();
    }

    @Test
    void a_range_from_below_to_above_the_threshold_may_exceed_it() {
        Product product = cable(component("DEHP", "117-81-7", null, "0", "0.1001"));
        SvhcScreeningResult result = SvhcScreening.screen(product, LIST);
        assertThat(result.components().getFirst().verdict()).isEqualTo(SvhcVerdict.MAY_EXCEED_THRESHOLD);
        assertThat(result.mayExceedThreshold()).isTrue();
        assertThat(result.exceedsThreshold()).isFalse();
    }

    @Test
    void a_product_without_svhcs_or_composition_is_clean() {
        assertThat(SvhcScreening.screen(cable(component("PVC", "9002-86-2", null, "90", "100")), LIST).svhcComponents()).isEmpty();
        assertThat(SvhcScreening.screen(cable(), LIST).components()).isEmpty();
    }
}
