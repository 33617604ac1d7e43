package com.greencert.quota.service;

import com.greencert.quota.domain.QuotaKind;
import com.greencert.quota.domain.QuotaLimits;
import com.greencert.quota.domain.QuotaOutcome;
import com.greencert.quota.domain.QuotaUsages;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The caller's tenant may create so many products, facilities and pieces of evidence a minute and in all
 * ({@code greencert.quota.*}, see {@link GreenCertConfig#quota}). Services call {@link #consume} after they
 * have checked the input and before they store: a refusal is a {@link TooManyRequestsException} (HTTP 429)
 * saying when to try again — the start of the next minute, or in an hour for a total that only the
 * platform operator can raise. Counted in the database for the whole cluster; what is counted stays counted
 * even if the creating transaction fails afterwards.
 */
@ApplicationScoped
public class WriteQuota {

    private static final Logger LOG = Logger.getLogger(WriteQuota.class.getName());
    static final long TOTAL_RETRY_SECONDS = 3600;

    @Inject
    QuotaUsages usages;

    @Inject
    GreenCertConfig config;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /**
     * Takes {@code n} units of the kind for the caller's tenant or refuses them all. {@code existing} counts
     * what the tenant has already; it is asked only the first time the tenant's counter of that kind is used.
     */
    public void consume(QuotaKind kind, long n, LongSupplier existing) {
        GreenCertConfig.Quota quota = config.quota(kind.configName());
        QuotaLimits limits = new QuotaLimits(quota.perMinute(), quota.total());
        if (n <= 0 || limits.unlimited()) {
            return;
        }
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        QuotaOutcome outcome = usages.consume(kind, n, limits, window, existing);
        if (outcome == QuotaOutcome.GRANTED) {
            return;
        }
        String tenant = callers.current().map(c -> c.tenantId().value()).orElse("?");
        LOG.warning(() -> "Write quota: " + tenant + " refused " + n + " " + kind.configName() + " (" + outcome + ", limits "
                + limits + ")");
        boolean minute = outcome == QuotaOutcome.MINUTE_EXCEEDED;
        long retryAfter = minute ? secondsUntil(window.plus(Duration.ofMinutes(1)), now) : TOTAL_RETRY_SECONDS;
        throw new TooManyRequestsException(retryAfter, kind.messageKey(outcome), minute ? limits.perMinute() : limits.total(),
                retryAfter);
    }

    private static long secondsUntil(Instant end, Instant now) {
        long millis = Duration.between(now, end).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
