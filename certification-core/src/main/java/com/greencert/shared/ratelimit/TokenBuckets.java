package com.greencert.shared.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client, on this node only: each client may spend {@code burst} requests at once and
 * then {@code perSecond} a second. Buckets that have filled up again are forgotten once the map grows past
 * {@value #SWEEP_AT} clients, so memory stays bounded however many clients come and go.
 */
public final class TokenBuckets {

    static final int SWEEP_AT = 10_000;

    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Tokens left at a moment (nanoseconds of {@link System#nanoTime()}). */
    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public TokenBuckets(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate " + perSecond + "/s, burst " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /**
     * Takes one token of the client's bucket at {@code nowNanos}: 0 if there was one, else how many whole
     * seconds until there is (at least 1).
     */
    public long take(String client, long nowNanos) {
        if (buckets.size() > SWEEP_AT) {
            sweep(nowNanos);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            refill(bucket, nowNanos);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    int clients() {
        return buckets.size();
    }

    private void refill(Bucket bucket, long nowNanos) {
        double elapsed = Math.max(0, nowNanos - bucket.at) / 1e9;
        bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
        bucket.at = nowNanos;
    }

    /** Forgets the clients whose bucket is full again: they would start with a full one anyway. */
    private void sweep(long nowNanos) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                refill(e.getValue(), nowNanos);
                return e.getValue().tokens >= burst;
            }
        });
    }
}
