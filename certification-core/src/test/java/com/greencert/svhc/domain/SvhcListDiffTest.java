package com.greencert.svhc.domain;

import static com.greencert.svhc.domain.SvhcFixtures.BORIC_ACID;
import static com.greencert.svhc.domain.SvhcFixtures.DEHP;
import static com.greencert.svhc.domain.SvhcFixtures.LEAD;
import static com.greencert.svhc.domain.SvhcFixtures.NO_NUMBERS;
import static com.greencert.svhc.domain.SvhcFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvhcListDiffTest {

    @Test
    void against_no_current_version_everything_is_added() {
        SvhcListDiff diff = SvhcListDiff.between(List.of(), List.of(DEHP, LEAD));
        assertThat(diff.added()).containsExactly(DEHP, LEAD);
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void the_same_list_changes_nothing() {
        SvhcListDiff diff = SvhcListDiff.between(List.of(DEHP, LEAD, NO_NUMBERS), List.of(NO_NUMBERS, LEAD, DEHP));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.unchanged()).isEqualTo(3);
    }

    @Test
    void added_removed_and_changed_entries_are_told_apart() {
        SvhcEntry dehpWithMoreReasons = entry(DEHP.substanceName(), "204-211-0", "117-81-7", "2008-10-28",
                "Toxic for reproduction (Article 57c); Endocrine disrupting properties (Article 57(f) - human health)");
        SvhcEntry boricAcidRenamed = entry("Boric acid (all forms)", "234-343-4, 233-139-2", "11113-50-1, 10043-35-3",
                "2010-06-18", "Toxic for reproduction (Article 57c)");
        SvhcListDiff diff = SvhcListDiff.between(List.of(DEHP, LEAD, BORIC_ACID),
                List.of(dehpWithMoreReasons, boricAcidRenamed, NO_NUMBERS));
        assertThat(diff.added()).containsExactly(NO_NUMBERS);
        assertThat(diff.removed()).containsExactly(LEAD);
        assertThat(diff.changed()).extracting(SvhcListDiff.Change::before).containsExactly(DEHP, BORIC_ACID);
        assertThat(diff.changed()).extracting(SvhcListDiff.Change::after).containsExactly(dehpWithMoreReasons, boricAcidRenamed);
        assertThat(diff.unchanged()).isZero();
    }

    @Test
    void entries_without_numbers_are_identified_by_name_ignoring_case_and_spaces() {
        SvhcEntry sameNameOtherCase = entry("a group  of substances WITHOUT numbers", null, null, "2020-01-16",
                "Equivalent level of concern");
        SvhcListDiff diff = SvhcListDiff.between(List.of(NO_NUMBERS), List.of(sameNameOtherCase));
        assertThat(diff.added()).isEmpty();
        assertThat(diff.changed()).hasSize(1);
    }

    @Test
    void entries_with_the_same_identity_in_one_list_are_not_lost() {
        SvhcEntry dehpTwice = entry("DEHP again", "204-211-0", "117-81-7", "2008-10-28", null);
        SvhcListDiff diff = SvhcListDiff.between(List.of(DEHP), List.of(DEHP, dehpTwice));
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.added()).containsExactly(dehpTwice);
    }
}
