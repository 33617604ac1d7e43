package com.greencert.shared.api;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.ratelimit.ClientAddress;
import com.greencert.shared.ratelimit.TokenBuckets;
import com.greencert.shared.domain.TooManyRequestsException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The API's per-client rate limit ({@code greencert.api.rate-limit.*}): a token bucket per signed-in user
 * (tenant and username), or per client address for a caller without a token ({@link ClientAddress}). Kept per node, in memory:
 * behind the sticky load balancer a client mostly meets one node, and the limit protects that node (ADR
 * 0013). Over the limit the request is refused before it reaches its resource: 429 with {@code Retry-After}.
 */
@Provider
public class ClientRateLimit implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(ClientRateLimit.class.getName());

    @Context
    HttpServletRequest http;

    private volatile Optional<TokenBuckets> buckets;
    private volatile double perSecond;
    private volatile Set<String> proxies = Set.of();

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<TokenBuckets> limit = buckets();
        if (limit.isEmpty()) {
            return;
        }
        String client = client();
        long wait = limit.get().take(client, System.nanoTime());
        if (wait > 0) {
            LOG.warning(() -> "Rate limit: " + client + " over " + perSecond + " requests/s; retry in " + wait + " s");
            throw new TooManyRequestsException(wait, "api.rate.limited", perSecond, wait);
        }
    }

    private String client() {
        Optional<Caller> caller;
        try {
            caller = CDI.current().select(CallerContext.class).get().current();
        } catch (RuntimeException noRequestScope) {
            caller = Optional.empty();
        }
        return caller.map(c -> "user:" + c.tenantId() + "/" + c.username()).orElseGet(() -> "address:" + ClientAddress.of(http, proxies));
    }

    private Optional<TokenBuckets> buckets() {
        Optional<TokenBuckets> b = buckets;
        if (b == null) {
            synchronized (this) {
                if (buckets == null) {
                    GreenCertConfig config = CDI.current().select(GreenCertConfig.class).get();
                    GreenCertConfig.RateLimit rate = config.apiRateLimit();
                    proxies = config.trustedProxies();
                    perSecond = rate.perSecond();
                    buckets = rate.perSecond() <= 0 ? Optional.empty()
                            : Optional.of(new TokenBuckets(rate.perSecond(), Math.max(1, rate.burst())));
                }
                b = buckets;
            }
        }
        return b;
    }
}
