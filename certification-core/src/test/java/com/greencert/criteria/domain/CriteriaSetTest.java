package com.greencert.criteria.domain;

import static com.greencert.criteria.domain.CriteriaFixtures.BUYER;
import static com.greencert.criteria.domain.CriteriaFixtures.CLOCK;
import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.criteria.domain.ManagementSystem.Standard;
import com.greencert.shared.domain.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A version nobody used is a draft and is replaced; a used one is frozen and editing makes the next. */
class CriteriaSetTest {

    private static final List<Criterion> FIRST = List.of(new ManagementSystem(Standard.ISO_14001, MANDATORY));
    private static final List<Criterion> SECOND = List.of(new ManagementSystem(Standard.ISO_14001, MANDATORY),
            new Un383TestSummary(weight(20)));
    private static final Clock LATER = Clock.offset(CLOCK, Duration.ofDays(3));

    private final CriteriaSet set = new CriteriaSet(CriteriaSetId.newId(), BUYER, "  Batteries 2026 ", FIRST, CLOCK);

    @Test
    void a_new_set_has_one_draft_version_owned_by_the_buyer() {
        assertThat(set.buyer()).isEqualTo(BUYER);
        assertThat(set.name()).isEqualTo("Batteries 2026");
        assertThat(set.current().number()).isEqualTo(1);
        assertThat(set.current().frozen()).isFalse();
        assertThat(set.current().criteria()).isEqualTo(FIRST);
        assertThat(set.current().createdAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void editing_a_draft_replaces_it() {
        CriteriaVersion v = set.revise(SECOND, LATER);
        assertThat(v.number()).isEqualTo(1);
        assertThat(v.criteria()).isEqualTo(SECOND);
        assertThat(v.createdAt()).isEqualTo(LATER.instant());
        assertThat(set.versions()).containsExactly(v);
    }

    @Test
    void a_used_version_is_frozen_and_editing_makes_the_next_keeping_the_history() {
        CriteriaVersion used = set.markUsed();
        assertThat(used.frozen()).isTrue();
        assertThat(set.markUsed()).as("marking again changes nothing").isEqualTo(used);

        CriteriaVersion next = set.revise(SECOND, LATER);
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.frozen()).isFalse();
        assertThat(set.versions()).extracting(CriteriaVersion::number).containsExactly(1, 2);
        assertThat(set.version(1)).hasValueSatisfying(v -> assertThat(v.criteria()).isEqualTo(FIRST));
        assertThat(set.version(2)).contains(set.current());
        assertThat(set.version(3)).isEmpty();

        // the draft 2 is replaced until it is used in turn
        set.revise(FIRST, LATER);
        assertThat(set.versions()).extracting(CriteriaVersion::number).containsExactly(1, 2);
        set.markUsed();
        assertThat(set.revise(SECOND, LATER).number()).isEqualTo(3);
    }

    @Test
    void the_same_criteria_again_make_no_version() {
        CriteriaVersion used = set.markUsed();
        // revise always answers the current version: compare with the one before, not with current() afterwards
        assertThat(set.revise(List.copyOf(FIRST), LATER)).isEqualTo(used).isEqualTo(set.current());
        assertThat(set.current().createdAt()).isEqualTo(CLOCK.instant());
        assertThat(set.versions()).hasSize(1);
    }

    @Test
    void a_refused_edit_changes_nothing() {
        set.markUsed();
        assertThatThrownBy(() -> set.revise(List.of(), LATER)).isInstanceOf(InvalidInputException.class);
        assertThat(set.versions()).hasSize(1);
        assertThat(set.current().frozen()).isTrue();
    }

    @Test
    void the_name_is_required_and_bounded() {
        assertThatThrownBy(() -> set.rename(" ")).isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("field.required");
        assertThatThrownBy(() -> set.rename("x".repeat(CriteriaSet.NAME_MAX + 1)))
                .extracting("messageKey").isEqualTo("field.too.long");
        set.rename("Chemicals");
        assertThat(set.name()).isEqualTo("Chemicals");
    }

    @Test
    void versions_cannot_be_changed_from_outside() {
        assertThatThrownBy(() -> set.versions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.current().criteria().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
