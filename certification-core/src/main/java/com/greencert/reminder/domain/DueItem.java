package com.greencert.reminder.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Something of one tenant that falls due on a day: which kind, which record ({@code subjectId}), what it is
 * called in English and Chinese, and the portal address where it is dealt with. Derived from the records and the
 * clock each time, never stored.
 */
public record DueItem(ReminderKind kind, String subjectId, String title, String titleZh, LocalDate dueOn, String path) {

    public DueItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(title, "title");
        titleZh = titleZh == null || titleZh.isBlank() ? title : titleZh;
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(path, "path");
    }

    /** Days from {@code today} to the due day (0 on the day, negative once past). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    public String title(String language) {
        return "zh".equals(language) ? titleZh : title;
    }
}
