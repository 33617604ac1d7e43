package com.greencert.shared.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * TESTS ONLY: a clock running ahead of another by the ISO-8601 duration written in a file (none while the file
 * is missing, empty or unreadable), re-read at most every {@link #RECHECK}: a test moves time on every node that
 * reads the same file.
 */
final class OffsetFileClock extends Clock {

    static final Duration RECHECK = Duration.ofMillis(200);

    private final Clock base;
    private final Path file;
    private volatile Duration offset = Duration.ZERO;
    private volatile long checkedAtNanos = System.nanoTime() - RECHECK.toNanos() - 1;

    OffsetFileClock(Clock base, Path file) {
        this.base = base;
        this.file = file;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new OffsetFileClock(base.withZone(zone), file);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset());
    }

    Duration offset() {
        long now = System.nanoTime();
        if (now - checkedAtNanos > RECHECK.toNanos()) {
            offset = read(file);
            checkedAtNanos = now;
        }
        return offset;
    }

    static Duration read(Path file) {
        try {
            String text = Files.isReadable(file) ? Files.readString(file).strip() : "";
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (IOException | DateTimeParseException e) {
            return Duration.ZERO;
        }
    }
}
