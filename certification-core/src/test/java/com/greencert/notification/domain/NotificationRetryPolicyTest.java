package com.greencert.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed notifications wait twice as long each time, up to a cap, and are given up after the last attempt. */
class NotificationRetryPolicyTest {

    @Test
    void the_delay_doubles_up_to_the_cap() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(p.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(p.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.delayAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void after_the_last_attempt_there_is_no_next_one() {
        RetryPolicy p = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofHours(1));
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        assertThat(p.nextAttempt(1, now)).contains(now.plusSeconds(10));
        assertThat(p.nextAttempt(2, now)).contains(now.plusSeconds(20));
        assertThat(p.nextAttempt(3, now)).isEmpty();
        assertThat(p.nextAttempt(4, now)).isEmpty();
    }

    @Test
    void the_default_gives_up_after_eight_attempts_spread_over_about_an_hour() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < RetryPolicy.DEFAULT.maxAttempts(); attempt++) {
            total = total.plus(RetryPolicy.DEFAULT.delayAfter(attempt));
        }
        assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(8);
        assertThat(total).isBetween(Duration.ofMinutes(60), Duration.ofMinutes(120));
    }
}
