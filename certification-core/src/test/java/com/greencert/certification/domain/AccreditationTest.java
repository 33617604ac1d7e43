package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationFixtures.BODY;
import static com.greencert.certification.domain.ApplicationFixtures.OTHER_BODY;
import static com.greencert.certification.domain.ApplicationFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an accreditation accepts when it is recorded, and when two of them overlap. */
class AccreditationTest {

    @Test
    void refuses_a_missing_or_malformed_scheme_code_naming_the_field() {
        assertRefused(() -> new Accreditation(BODY, null, List.of("38"), null, TODAY), "field.required", "schemeCode");
        assertRefused(() -> new Accreditation(BODY, "G".repeat(41), List.of("38"), null, TODAY), "scheme.code.invalid",
                "G".repeat(41));
        assertRefused(() -> new Accreditation(BODY, "GCE GOLD", List.of("38"), null, TODAY), "scheme.code.invalid",
                "GCE GOLD");
        assertRefused(() -> new Accreditation(BODY, "GCE-GOLD", Arrays.asList((String) null), null, TODAY),
                "accreditation.chapter.invalid", null);
    }

    @Test
    void ends_today_at_the_earliest_and_within_ten_years() {
        assertThat(new Accreditation(BODY, "gce-gold", List.of("38"), TODAY, TODAY).validUntil()).contains(TODAY);
        assertThat(new Accreditation(BODY, "GCE-GOLD", List.of("38"), TODAY.plusYears(10), TODAY).schemeCode())
                .isEqualTo("GCE-GOLD");
        assertRefused(() -> new Accreditation(BODY, "GCE-GOLD", List.of("38"), TODAY.minusDays(1), TODAY),
                "accreditation.expired", TODAY.minusDays(1));
        assertRefused(() -> new Accreditation(BODY, "GCE-GOLD", List.of("38"), TODAY.plusYears(10).plusDays(1), TODAY),
                "accreditation.valid.until.too.far", TODAY.plusYears(10).plusDays(1));
    }

    @Test
    void overlaps_another_in_force_for_the_same_body_scheme_and_a_shared_chapter() {
        Accreditation gold = new Accreditation(BODY, "GCE-GOLD", List.of("28", "38"), TODAY.plusYears(1), TODAY);

        assertThat(gold.overlapWith(new Accreditation(BODY, "gce-gold", List.of("38", "85"), null, TODAY), TODAY))
                .containsExactly("38");
        assertThat(gold.overlapWith(new Accreditation(BODY, "GCE-GOLD", List.of("85"), null, TODAY), TODAY)).isEmpty();
        assertThat(gold.overlapWith(new Accreditation(BODY, "GCE-SILVER", List.of("38"), null, TODAY), TODAY)).isEmpty();
        assertThat(gold.overlapWith(new Accreditation(OTHER_BODY, "GCE-GOLD", List.of("38"), null, TODAY), TODAY))
                .isEmpty();
        // once the old one has ended, the scheme may be accredited again in the same chapters
        var later = TODAY.plusYears(1).plusDays(1);
        assertThat(gold.overlapWith(new Accreditation(BODY, "GCE-GOLD", List.of("38"), null, later), later)).isEmpty();
    }

    private static void assertRefused(Runnable action, String key, Object firstArgument) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments().getFirst()).isEqualTo(firstArgument);
        });
    }
}
