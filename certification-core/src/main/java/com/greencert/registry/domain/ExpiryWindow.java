package com.greencert.registry.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The validity end dates whose suppliers the expiry chore re-reads: a certificate valid until day D stops being
 * valid at the start of D + 1 (UTC, the registry's day). A run at {@code now} after a run at {@code last} covers
 * every D whose end fell in between, and also the day before and the current day ("within the day": a re-read is
 * harmless, a missed one leaves a certificate shown as valid for good). Without a last run it looks back
 * {@link #FIRST_LOOK_BACK}; a window never spans more than {@link #LONGEST} (a cluster stopped for years).
 *
 * @param from first validity end date, included
 * @param to last validity end date, included
 */
public record ExpiryWindow(LocalDate from, LocalDate to) {

    public static final Duration FIRST_LOOK_BACK = Duration.ofDays(7);
    public static final Duration LONGEST = Duration.ofDays(366);

    public static ExpiryWindow between(Optional<Instant> last, Instant now) {
        Instant since = last.filter(l -> l.isBefore(now)).orElse(now.minus(FIRST_LOOK_BACK));
        if (since.isBefore(now.minus(LONGEST))) {
            since = now.minus(LONGEST);
        }
        return new ExpiryWindow(day(since).minusDays(1), day(now));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
