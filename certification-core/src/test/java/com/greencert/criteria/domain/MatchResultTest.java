package com.greencert.criteria.domain;

import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.SUPPLIER;
import static com.greencert.criteria.domain.CriteriaFixtures.TODAY;
import static com.greencert.criteria.domain.CriteriaFixtures.certificate;
import static com.greencert.criteria.domain.CriteriaFixtures.matcher;
import static com.greencert.criteria.domain.CriteriaFixtures.product;
import static com.greencert.criteria.domain.CriteriaFixtures.sharing;
import static com.greencert.criteria.domain.CriteriaFixtures.weight;
import static com.greencert.criteria.domain.Outcome.FAIL;
import static com.greencert.criteria.domain.Outcome.PASS;
import static com.greencert.criteria.domain.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.criteria.domain.ManagementSystem.Standard;
import com.greencert.supplier.domain.SvhcVerdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overall outcome from the mandatory criteria, score from the weighted ones. */
class MatchResultTest {

    /** A result of lines with these importances and outcomes, in order. */
    private static MatchResult result(Object... importanceAndOutcome) {
        List<MatchResult.Line> lines = new ArrayList<>();
        for (int i = 0; i < importanceAndOutcome.length; i += 2) {
            lines.add(new MatchResult.Line(i / 2 + 1, "k" + i, (Importance) importanceAndOutcome[i],
                    (Outcome) importanceAndOutcome[i + 1], MatchReason.NO_PRODUCTS, List.of(), List.of()));
        }
        return MatchResult.of(SUPPLIER, lines);
    }

    @Test
    void a_failed_mandatory_criterion_fails_the_set_whatever_else_is_unknown() {
        assertThat(result(MANDATORY, UNKNOWN, MANDATORY, FAIL, weight(10), PASS).overall()).isEqualTo(FAIL);
    }

    @Test
    void an_unknown_mandatory_criterion_and_no_failed_one_leave_the_set_unknown() {
        assertThat(result(MANDATORY, PASS, MANDATORY, UNKNOWN, weight(10), FAIL).overall()).isEqualTo(UNKNOWN);
    }

    @Test
    void with_every_mandatory_criterion_passed_the_set_passes_whatever_the_weighted_ones() {
        assertThat(result(MANDATORY, PASS, weight(50), FAIL, weight(50), UNKNOWN).overall()).isEqualTo(PASS);
        assertThat(result(weight(50), FAIL).overall()).isEqualTo(PASS);
    }

    @Test
    void the_score_is_the_share_of_weights_passed_unknown_earning_nothing_rounded_down() {
        assertThat(result(weight(30), PASS, weight(50), FAIL, weight(20), UNKNOWN).score()).isEqualTo(30);
        assertThat(result(weight(1), PASS, weight(1), FAIL, weight(1), UNKNOWN).score()).isEqualTo(33);
        assertThat(result(weight(2), PASS, weight(1), UNKNOWN).score()).isEqualTo(66);
        assertThat(result(weight(99), PASS, weight(1), FAIL).score()).isEqualTo(99);
        assertThat(result(weight(7), PASS, weight(100), PASS, MANDATORY, FAIL).score()).isEqualTo(100);
        assertThat(result(weight(7), UNKNOWN, weight(100), FAIL).score()).isZero();
    }

    @Test
    void mandatory_criteria_do_not_count_in_the_score_and_none_weighted_scores_100() {
        assertThat(result(MANDATORY, PASS, weight(40), FAIL, weight(10), PASS).score()).isEqualTo(20);
        assertThat(result(MANDATORY, FAIL).score()).isEqualTo(100);
    }

    @Test
    void a_whole_match_lines_up_with_the_version_and_adds_up() {
        ProductFact cable = product("Cable").svhc(SvhcVerdict.EXCEEDS_THRESHOLD).fact();
        Matcher matcher = matcher(new ManagementSystem(Standard.ISO_14001, MANDATORY),
                NoSvhcAbove.inAllProducts(weight(60)), new ManagementSystem(Standard.ISO_9001, weight(40)));
        MatchResult r = matcher.match(sharing(List.of(certificate(Standard.ISO_14001, TODAY.minusYears(1), null),
                certificate(Standard.ISO_9001, TODAY.minusYears(1), null)), cable), TODAY);
        assertThat(r.supplier()).isEqualTo(SUPPLIER);
        assertThat(r.lines()).extracting(MatchResult.Line::position).containsExactly(1, 2, 3);
        assertThat(r.lines()).extracting(MatchResult.Line::key)
                .containsExactly("management-system:ISO_14001", "no-svhc-above-0.1%:all-products", "management-system:ISO_9001");
        assertThat(r.lines()).extracting(MatchResult.Line::outcome).containsExactly(PASS, FAIL, PASS);
        assertThat(r.overall()).isEqualTo(PASS);
        assertThat(r.score()).isEqualTo(40);
    }
}
