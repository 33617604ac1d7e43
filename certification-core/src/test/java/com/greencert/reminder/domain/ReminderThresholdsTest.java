package com.greencert.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReminderThresholdsTest {

    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);

    private static OptionalInt owedDaysBefore(int daysBefore) {
        return ReminderThresholds.owed(DUE, DUE.minusDays(daysBefore));
    }

    @Test
    void the_nearest_threshold_reached_is_owed_and_nothing_before_90_days_or_after_the_day() {
        assertThat(owedDaysBefore(91)).isEmpty();
        assertThat(owedDaysBefore(90)).hasValue(90);
        assertThat(owedDaysBefore(31)).hasValue(90);
        assertThat(owedDaysBefore(30)).hasValue(30);
        assertThat(owedDaysBefore(8)).hasValue(30);
        assertThat(owedDaysBefore(7)).hasValue(7);
        assertThat(owedDaysBefore(0)).hasValue(7);
        assertThat(owedDaysBefore(-1)).isEmpty();
    }

    @Test
    void an_item_due_soon_when_first_seen_gets_only_its_nearest_reminder() {
        // uploaded 20 days before it expires: the 30-day reminder, never a belated 90-day one
        assertThat(owedDaysBefore(20)).hasValue(30);
    }

    @Test
    void a_due_item_counts_its_days_left() {
        DueItem item = new DueItem(ReminderKind.EVIDENCE_EXPIRES, "e1", "SDS", null, DUE, "/supplier/evidence");
        assertThat(item.daysLeft(DUE.minusDays(30))).isEqualTo(30);
        assertThat(item.title("zh")).isEqualTo("SDS");
    }
}
