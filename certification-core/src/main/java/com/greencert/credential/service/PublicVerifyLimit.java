package com.greencert.credential.service;

import com.greencert.shared.ratelimit.TokenBuckets;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The public verification's own rate limit ({@code greencert.verify.rate-limit.*}): a token bucket per client
 * address (behind a trusted proxy, the address it forwarded), per node, in memory like
 * the API's (ADR 0013). The API checks it before the body is read (429 with {@code Retry-After}); the verify page
 * before each verification, counted against the same buckets.
 */
@ApplicationScoped
public class PublicVerifyLimit {

    private static final Logger LOG = Logger.getLogger(PublicVerifyLimit.class.getName());

    @Inject
    GreenCertConfig config;

    private Optional<TokenBuckets> buckets;
    private double perSecond;

    @PostConstruct
    void configure() {
        GreenCertConfig.RateLimit rate = config.verifyRateLimit();
        perSecond = rate.perSecond();
        buckets = perSecond <= 0 ? Optional.empty() : Optional.of(new TokenBuckets(perSecond, Math.max(1, rate.burst())));
    }

    /**
     * Takes one verification of {@code client}'s allowance (its address, {@code shared.ratelimit.ClientAddresses}),
     * or refuses with when to try again.
     */
    public void take(String client) {
        if (buckets.isEmpty()) {
            return;
        }
        long wait = buckets.get().take(client, System.nanoTime());
        if (wait > 0) {
            LOG.warning(() -> "Verify rate limit: " + client + " over " + perSecond + " a second; retry in " + wait + " s");
            throw new TooManyRequestsException(wait, "verify.rate.limited", perSecond, wait);
        }
    }
}
