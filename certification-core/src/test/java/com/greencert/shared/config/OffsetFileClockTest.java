package com.greencert.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {

    private static final Instant T0 = Instant.parse("2026-12-03T04:00:00Z");

    @Test
    void runs_ahead_by_the_duration_in_the_file_and_follows_it_when_it_changes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offset");
        OffsetFileClock clock = new OffsetFileClock(Clock.fixed(T0, ZoneOffset.UTC), file);
        assertThat(clock.instant()).as("no file: no offset").isEqualTo(T0);
        Files.writeString(file, "P30D\n");
        Thread.sleep(OffsetFileClock.RECHECK.toMillis() + 50);
        assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofDays(30)));
        Files.writeString(file, "not a duration");
        Thread.sleep(OffsetFileClock.RECHECK.toMillis() + 50);
        assertThat(clock.instant()).as("unreadable: no offset").isEqualTo(T0);
    }
}
