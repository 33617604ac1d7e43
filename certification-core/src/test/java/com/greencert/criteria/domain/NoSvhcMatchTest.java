package com.greencert.criteria.domain;

import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.PRODUCT_DATA;
import static com.greencert.criteria.domain.CriteriaFixtures.line;
import static com.greencert.criteria.domain.CriteriaFixtures.product;
import static com.greencert.criteria.domain.CriteriaFixtures.products;
import static com.greencert.criteria.domain.CriteriaFixtures.shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.SvhcScreening;
import com.greencert.supplier.domain.SvhcVerdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoSvhcMatchTest {

    private static final NoSvhcAbove ALL = NoSvhcAbove.inAllProducts(MANDATORY);

    private final ProductFact clean = product("Acetone").fact();
    private final ProductFact below = product("Sealant").svhc(SvhcVerdict.AT_OR_BELOW_THRESHOLD).fact();
    private final ProductFact exceeds = product("PVC cable").svhc(SvhcVerdict.EXCEEDS_THRESHOLD).fact();
    private final ProductFact mayExceed = product("Coating").svhc(SvhcVerdict.MAY_EXCEED_THRESHOLD).fact();
    private final ProductFact unscreened = product("Resin").svhc(null).fact();

    @Test
    void no_svhc_above_the_threshold_passes_resting_on_every_product() {
        MatchResult.Line line = line(ALL, products(clean, below));
        assertThat(line.outcome()).isEqualTo(Outcome.PASS);
        assertThat(line.reason()).isEqualTo(MatchReason.SVHC_NONE_ABOVE);
        assertThat(line.basis()).containsExactly(clean, below);
        // the key and the messages say 0.1 %: the screening whose verdicts are read must use that threshold
        assertThat(NoSvhcAbove.THRESHOLD_PERCENT).isEqualByComparingTo("0.1").isSameAs(SvhcScreening.THRESHOLD);
    }

    @Test
    void an_svhc_above_the_threshold_fails_even_when_other_data_are_unknown_or_withheld() {
        MatchResult.Line line = line(ALL, shared(List.of(), List.of(), List.of(unscreened, exceeds), PRODUCT_DATA));
        assertThat(line.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(line.reason()).isEqualTo(MatchReason.SVHC_EXCEEDS);
        assertThat(line.args()).containsExactly("PVC cable");
        assertThat(line.basis()).containsExactly(exceeds);
    }

    @Test
    void a_range_reaching_above_the_threshold_or_no_screening_is_unknown() {
        MatchResult.Line may = line(ALL, products(clean, mayExceed));
        assertThat(may.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(may.reason()).isEqualTo(MatchReason.SVHC_MAY_EXCEED);
        MatchResult.Line notScreened = line(ALL, products(unscreened));
        assertThat(notScreened.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(notScreened.reason()).isEqualTo(MatchReason.SVHC_NOT_SCREENED);
        assertThat(line(ALL, products()).reason()).isEqualTo(MatchReason.NO_PRODUCTS);
    }

    @Test
    void listed_products_only_are_checked_and_a_listed_one_not_shown_is_unknown() {
        NoSvhcAbove listed = new NoSvhcAbove(Set.of(clean.id()), MANDATORY);
        assertThat(line(listed, products(clean, exceeds)).outcome()).isEqualTo(Outcome.PASS);
        NoSvhcAbove withGone = new NoSvhcAbove(Set.of(clean.id(), ProductId.newId()), MANDATORY);
        MatchResult.Line gone = line(withGone, products(clean, exceeds));
        assertThat(gone.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(gone.reason()).isEqualTo(MatchReason.PRODUCTS_NOT_FOUND);
        assertThat(gone.args()).containsExactly(1);
        assertThat(line(withGone, shared(List.of(), List.of(), List.of(clean), PRODUCT_DATA)).notShared()).isTrue();
    }

    @Test
    void withheld_products_leave_all_products_unknown_not_shared() {
        MatchResult.Line line = line(ALL, shared(List.of(), List.of(), List.of(clean), PRODUCT_DATA));
        assertThat(line.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(line.notShared()).isTrue();
        assertThat(line(ALL, shared(List.of(), List.of(), List.of(unscreened), PRODUCT_DATA)).notShared()).isTrue();
    }
}
