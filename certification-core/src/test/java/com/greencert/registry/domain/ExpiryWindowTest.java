package com.greencert.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which validity end dates a run of the expiry chore re-reads (a certificate valid until D is expired from D + 1, UTC). */
class ExpiryWindowTest {

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    @Test
    void an_hourly_run_within_a_day_covers_yesterday_and_today() {
        ExpiryWindow w = ExpiryWindow.between(Optional.of(Instant.parse("2026-12-02T09:00:00Z")),
                Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(w).isEqualTo(new ExpiryWindow(day("2026-12-01"), day("2026-12-02")));
    }

    @Test
    void a_run_past_midnight_covers_the_certificates_that_ended_yesterday() {
        // valid until 2026-12-02: expired from 2026-12-03T00:00Z, between the two runs
        ExpiryWindow w = ExpiryWindow.between(Optional.of(Instant.parse("2026-12-02T23:40:00Z")),
                Instant.parse("2026-12-03T00:10:00Z"));
        assertThat(w.from()).isBeforeOrEqualTo(day("2026-12-02"));
        assertThat(w.to()).isEqualTo(day("2026-12-03"));
    }

    @Test
    void a_cluster_stopped_for_days_catches_up_on_every_day_it_missed() {
        ExpiryWindow w = ExpiryWindow.between(Optional.of(Instant.parse("2026-11-20T12:00:00Z")),
                Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(w).isEqualTo(new ExpiryWindow(day("2026-11-19"), day("2026-12-02")));
    }

    @Test
    void a_first_run_looks_back_a_week_and_a_window_never_spans_more_than_a_year() {
        Instant now = Instant.parse("2026-12-02T08:00:00Z");
        assertThat(ExpiryWindow.between(Optional.empty(), now)).isEqualTo(new ExpiryWindow(day("2026-11-24"), day("2026-12-02")));
        assertThat(ExpiryWindow.between(Optional.of(Instant.parse("2020-01-01T00:00:00Z")), now).from())
                .isEqualTo(day("2025-11-30")); // 366 days back, and the day before
    }

    @Test
    void a_last_run_in_the_future_of_this_clock_counts_as_no_run() {
        Instant now = Instant.parse("2026-12-02T08:00:00Z");
        assertThat(ExpiryWindow.between(Optional.of(now.plusSeconds(60)), now))
                .isEqualTo(ExpiryWindow.between(Optional.empty(), now));
    }
}
