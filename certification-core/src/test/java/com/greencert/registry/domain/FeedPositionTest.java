package com.greencert.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPositionTest {

    final Instant t0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void contiguous_entries_move_the_watermark() {
        FeedPosition p = new FeedPosition(0, Duration.ofSeconds(60));
        p.seen(List.of(1L, 2L, 3L), t0);
        assertThat(p.watermark()).isEqualTo(3);
        assertThat(p.isNew(3)).isFalse();
        assertThat(p.isNew(4)).isTrue();
    }

    @Test
    void a_later_sequence_committed_first_waits_for_the_earlier_one() {
        FeedPosition p = new FeedPosition(10, Duration.ofSeconds(60));
        p.seen(List.of(12L), t0);
        assertThat(p.watermark()).isEqualTo(10);
        assertThat(p.isNew(12)).isFalse();
        assertThat(p.isNew(11)).isTrue();
        assertThat(p.gaps()).isEqualTo(1);
        p.seen(List.of(11L, 12L), t0.plusSeconds(1));
        assertThat(p.watermark()).isEqualTo(12);
        assertThat(p.gaps()).isZero();
    }

    @Test
    void a_rolled_back_sequence_is_given_up_after_the_timeout() {
        FeedPosition p = new FeedPosition(0, Duration.ofSeconds(60));
        p.seen(List.of(2L, 3L), t0);
        assertThat(p.watermark()).isZero();
        p.seen(List.of(2L, 3L), t0.plusSeconds(59));
        assertThat(p.watermark()).isZero();
        p.seen(List.of(2L, 3L), t0.plusSeconds(61));
        assertThat(p.watermark()).isEqualTo(3);
    }

    @Test
    void a_node_behind_the_oldest_entry_left_after_pruning_must_rebuild() {
        assertThat(FeedPosition.missedPruned(100, 0)).as("empty feed").isFalse();
        assertThat(FeedPosition.missedPruned(100, 50)).as("its position is still in the feed").isFalse();
        assertThat(FeedPosition.missedPruned(100, 101)).as("the next entry is the oldest left").isFalse();
        assertThat(FeedPosition.missedPruned(100, 102)).as("entry 101 was pruned unread").isTrue();
        assertThat(FeedPosition.missedPruned(0, 5)).isTrue();
    }
}
