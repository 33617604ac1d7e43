package com.greencert.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_client_spends_its_burst_then_waits_for_the_rate() {
        TokenBuckets buckets = new TokenBuckets(2, 3);
        long t = 5 * SECOND;
        assertThat(buckets.take("a", t)).isZero();
        assertThat(buckets.take("a", t)).isZero();
        assertThat(buckets.take("a", t)).isZero();
        assertThat(buckets.take("a", t)).isEqualTo(1); // half a second at 2/s, told as whole seconds
        assertThat(buckets.take("a", t + SECOND / 2)).isZero();
        assertThat(buckets.take("a", t + SECOND / 2)).isEqualTo(1);
        // another client has its own bucket
        assertThat(buckets.take("b", t)).isZero();
    }

    @Test
    void a_slow_rate_says_how_many_seconds_to_wait() {
        TokenBuckets buckets = new TokenBuckets(0.1, 1);
        assertThat(buckets.take("a", 0)).isZero();
        assertThat(buckets.take("a", 0)).isEqualTo(10);
        assertThat(buckets.take("a", 4 * SECOND)).isEqualTo(6);
        assertThat(buckets.take("a", 11 * SECOND)).isZero();
    }

    @Test
    void a_bucket_never_holds_more_than_the_burst() {
        TokenBuckets buckets = new TokenBuckets(100, 2);
        buckets.take("a", 0);
        long later = 3600 * SECOND;
        assertThat(buckets.take("a", later)).isZero();
        assertThat(buckets.take("a", later)).isZero();
        assertThat(buckets.take("a", later)).isPositive();
    }

    @Test
    void clients_with_full_buckets_are_forgotten_when_many_have_come() {
        TokenBuckets buckets = new TokenBuckets(1000, 1);
        for (int i = 0; i <= TokenBuckets.SWEEP_AT; i++) {
            buckets.take("client-" + i, 0);
        }
        assertThat(buckets.clients()).isEqualTo(TokenBuckets.SWEEP_AT + 1);
        buckets.take("late", 10 * SECOND);
        assertThat(buckets.clients()).isEqualTo(1);
    }
}
