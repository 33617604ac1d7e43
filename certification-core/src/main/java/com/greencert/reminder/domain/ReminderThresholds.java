package com.greencert.reminder.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * When a reminder is owed: 90, 30 and 7 days before the due day. On a day, the reminder owed is that of the
 * nearest threshold already reached (a document uploaded 20 days before it expires gets the 30-day reminder,
 * never a belated 90-day one); on and after the due day none is (the item is then shown as lapsed, not mailed again).
 */
public final class ReminderThresholds {

    /** The thresholds in days before the due day, largest first. */
    public static final List<Integer> DAYS = List.of(90, 30, 7);

    /** How far ahead the home pages list what falls due. */
    public static final int HORIZON_DAYS = DAYS.getFirst();

    private ReminderThresholds() {
    }

    /** The threshold whose reminder is owed for an item due on {@code dueOn}, seen on {@code today}. */
    public static OptionalInt owed(LocalDate dueOn, LocalDate today) {
        long left = java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
        if (left < 0) {
            return OptionalInt.empty();
        }
        return DAYS.reversed().stream().filter(d -> left <= d).mapToInt(Integer::intValue).findFirst();
    }
}
