package com.greencert.registry.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How far a node has followed the change feed. Sequences are assigned at insert but become visible at commit,
 * so a later sequence can be seen before an earlier one: the {@link #watermark} (every sequence up to it has been
 * seen) only passes a missing sequence once it has appeared, or once it has been missing for longer than the gap
 * timeout (its transaction rolled back, or the database skipped the value). A node reads {@code seq > watermark}
 * each round and skips the entries it has already applied. Not thread-safe: one poller owns it.
 */
public final class FeedPosition {

    private final Duration gapTimeout;
    private long watermark;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    private final Map<Long, Instant> missingSince = new HashMap<>();

    public FeedPosition(long watermark, Duration gapTimeout) {
        this.watermark = watermark;
        this.gapTimeout = gapTimeout;
    }

    /** An independent copy: a round moves the copy and keeps it only once its changes are applied. */
    public FeedPosition copy() {
        FeedPosition c = new FeedPosition(watermark, gapTimeout);
        c.seenAbove.addAll(seenAbove);
        c.missingSince.putAll(missingSince);
        return c;
    }

    public long watermark() {
        return watermark;
    }

    /** The highest sequence seen: the next read starts above it, so a gap never stalls reading newer entries. */
    public long highestSeen() {
        return seenAbove.isEmpty() ? watermark : Math.max(watermark, seenAbove.last());
    }

    /** Some of the sequences still missing below {@link #highestSeen()}, to look for again (at most {@code max}). */
    public List<Long> missing(int max) {
        return missingSince.keySet().stream().sorted().limit(max).toList();
    }

    /** Whether this entry is new to this node (not at or below the watermark, not seen above it). */
    public boolean isNew(long seq) {
        return seq > watermark && !seenAbove.contains(seq);
    }

    /** Records the entries of a round (all applied), then moves the watermark as far as it safely can. */
    public void seen(List<Long> sequences, Instant now) {
        for (long s : sequences) {
            if (s > watermark) {
                seenAbove.add(s);
                missingSince.remove(s);
            }
        }
        advance(now);
    }

    private void advance(Instant now) {
        if (seenAbove.isEmpty()) {
            missingSince.clear();
            return;
        }
        long highest = seenAbove.last();
        while (watermark < highest) {
            long next = watermark + 1;
            if (seenAbove.remove(next)) {
                watermark = next;
                continue;
            }
            Instant since = missingSince.computeIfAbsent(next, n -> now);
            if (Duration.between(since, now).compareTo(gapTimeout) >= 0) {
                missingSince.remove(next);
                watermark = next; // given up: rolled back or skipped by the database
                continue;
            }
            break;
        }
        for (long s = watermark + 1; s < highest; s++) {
            if (!seenAbove.contains(s)) {
                missingSince.putIfAbsent(s, now);
            }
        }
    }

    /** How many sequences below the highest seen are still missing (waiting to be committed or to time out). */
    public int gaps() {
        return missingSince.size();
    }

    /**
     * Whether entries this node has not read were pruned from the feed: the oldest entry left is above the next
     * one it needs (0: the feed is empty, nothing to tell). Such a node must rebuild its index from the database.
     */
    public static boolean missedPruned(long watermark, long oldestKept) {
        return oldestKept > watermark + 1;
    }
}
