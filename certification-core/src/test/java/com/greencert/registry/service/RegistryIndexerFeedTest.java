package com.greencert.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.shared.domain.ServiceUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * How a node follows the change feed (pure logic, an in-memory feed and engine): a sequence not yet committed
 * (a long import) never stalls reading the entries after it, however many; it is applied when it commits; and a
 * failed write (OpenSearch down) leaves the position where it was, so the same entries are applied next time.
 */
class RegistryIndexerFeedTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    final TreeMap<Long, RegistryChange> feed = new TreeMap<>();
    final List<String> indexed = new ArrayList<>();
    long applied = 1; // an index already built
    boolean down;

    final RegistrySearch search = new RegistrySearch() {
        @Override
        public void apply(Collection<SupplierDocument> upserts, Collection<String> removals, long sequence) {
            if (down) {
                throw new ServiceUnavailableException(5, "registry.unavailable", "test");
            }
            removals.forEach(indexed::add);
            applied = sequence;
        }

        @Override
        public void clear() {
            throw new AssertionError("no rebuild expected");
        }

        @Override
        public long appliedSequence() {
            return applied;
        }

        @Override
        public long size() {
            return 1;
        }

        @Override
        public RegistryHits search(RegistryQuery query) {
            throw new UnsupportedOperationException();
        }
    };

    final RegistryDocuments documents = new RegistryDocuments() {
        @Override
        public List<RegistryChange> changesAfter(long after, int max) {
            return feed.tailMap(after, false).values().stream().limit(max).toList();
        }

        @Override
        public List<RegistryChange> changesAmong(Collection<Long> sequences) {
            return sequences.stream().filter(feed::containsKey).map(feed::get).toList();
        }

        @Override
        public long latestChange() {
            return feed.isEmpty() ? 0 : feed.lastKey();
        }

        @Override
        public long oldestChange() {
            return feed.isEmpty() ? 0 : feed.firstKey();
        }

        @Override
        public Batch of(Collection<String> supplierIds) {
            return new Batch(List.of(), List.copyOf(supplierIds)); // "removed": enough to see what was applied
        }
    };

    RegistryIndexer indexer() {
        RegistryIndexer indexer = new RegistryIndexer();
        indexer.search = search;
        indexer.documents = documents;
        indexer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return indexer;
    }

    void write(long seq, String supplier) {
        feed.put(seq, RegistryChange.read(seq, supplier, "profile", NOW));
    }

    @Test
    void a_gap_does_not_stall_newer_entries_and_the_late_one_is_applied_when_it_commits() {
        write(1, "s-first");
        LongStream.rangeClosed(3, 2502).forEach(seq -> write(seq, "s" + seq)); // 2 is in flight: 2,500 after it
        RegistryIndexer indexer = indexer();
        indexer.round();
        assertThat(indexed).as("every entry after the gap, beyond two read batches").hasSize(2500).contains("s2502");
        assertThat(applied).as("the recorded position stays below the gap").isEqualTo(1);

        write(2, "s-late"); // the long transaction commits
        indexer.round();
        assertThat(indexed).contains("s-late").hasSize(2501);
        assertThat(applied).isEqualTo(2502);
    }

    @Test
    void a_failed_write_is_retried_at_the_next_round() {
        write(1, "s1");
        RegistryIndexer indexer = indexer();
        indexer.round();
        write(2, "s2");
        down = true;
        try {
            indexer.round();
        } catch (ServiceUnavailableException expected) {
            // tick() logs it and tries again at the next poll
        }
        down = false;
        indexer.round();
        assertThat(indexed).containsExactly("s2");
        assertThat(applied).isEqualTo(2);
    }
}
