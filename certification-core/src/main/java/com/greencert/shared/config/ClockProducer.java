package com.greencert.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The one clock of the application: time-based states (expired, overdue, a reminder owed) are derived from it.
 * The system clock (UTC), except in integration tests that set {@link GreenCertConfig#clockOffsetFile()} to move
 * time forward on every node ({@link OffsetFileClock}).
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    GreenCertConfig config;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return config.clockOffsetFile().<Clock>map(file -> {
            LOG.warning("TEST CLOCK: the application's time is the system's plus the duration in " + file);
            return new OffsetFileClock(Clock.systemUTC(), file);
        }).orElseGet(Clock::systemUTC);
    }
}
