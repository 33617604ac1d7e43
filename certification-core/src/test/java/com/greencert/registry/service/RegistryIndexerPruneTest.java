package com.greencert.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node whose position is below what is left of the pruned change feed rebuilds its index, at start and while
 * running, and a rebuild never starts below the oldest entry left (or it would rebuild again and again).
 */
class RegistryIndexerPruneTest {

    final List<String> calls = new ArrayList<>();
    long applied;
    long oldest;
    long latest;

    final RegistrySearch search = new RegistrySearch() {
        @Override
        public void apply(Collection<SupplierDocument> upserts, Collection<String> removals, long sequence) {
            applied = sequence;
        }

        @Override
        public void clear() {
            calls.add("clear");
            applied = 0;
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
            return List.of(); // what is left of the feed has been applied
        }

        @Override
        public long latestChange() {
            return latest;
        }

        @Override
        public long oldestChange() {
            return oldest;
        }

        @Override
        public List<String> idsAfter(String afterId, int max) {
            return List.of();
        }
    };

    RegistryIndexer indexer() {
        RegistryIndexer indexer = new RegistryIndexer();
        indexer.search = search;
        indexer.documents = documents;
        indexer.clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
        return indexer;
    }

    @Test
    void a_node_started_behind_the_pruned_feed_rebuilds_once() {
        applied = 10;
        oldest = 900;
        latest = 1000;
        RegistryIndexer indexer = indexer();
        indexer.round();
        assertThat(calls).containsExactly("clear");
        assertThat(applied).as("the rebuild's position: 200 back, never below the oldest entry left").isEqualTo(899);
        indexer.round();
        assertThat(calls).as("no second rebuild").containsExactly("clear");
    }

    @Test
    void a_node_within_the_feed_resumes_from_its_position() {
        applied = 950;
        oldest = 900;
        latest = 1000;
        indexer().round();
        assertThat(calls).isEmpty();
        assertThat(applied).isEqualTo(950);
    }

    @Test
    void a_running_node_that_finds_the_feed_pruned_past_its_position_rebuilds() {
        applied = 950;
        oldest = 900;
        latest = 1000;
        RegistryIndexer indexer = indexer();
        indexer.round();
        assertThat(calls).isEmpty();

        oldest = 2000; // entries 951..1999 written and pruned while this node was not reading (e.g. a long failure)
        latest = 2500;
        indexer.round();
        assertThat(calls).containsExactly("clear");
        assertThat(applied).isEqualTo(2300);
    }
}
