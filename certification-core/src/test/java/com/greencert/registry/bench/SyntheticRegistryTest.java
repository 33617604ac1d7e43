package com.greencert.registry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.reference.domain.UnifiedSocialCreditCode;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.lucene.LuceneRegistrySearch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generator is deterministic, valid, and its query set finds suppliers on a small registry. */
class SyntheticRegistryTest {

    @TempDir
    Path dir;

    @Test
    void the_same_seed_makes_the_same_valid_suppliers() {
        SyntheticRegistry a = new SyntheticRegistry(7);
        SyntheticRegistry b = new SyntheticRegistry(7);
        for (int i = 0; i < 200; i++) {
            SupplierDocument d = a.supplier(i).document();
            assertThat(d).isEqualTo(b.supplier(i).document());
            if (d.uscc() != null) {
                assertThat(UnifiedSocialCreditCode.of(d.uscc()).value()).isEqualTo(d.uscc());
            }
            assertThat(d.products()).isNotEmpty();
        }
    }

    @Test
    void the_mixed_query_set_finds_something_for_almost_every_query() {
        SyntheticRegistry registry = new SyntheticRegistry(3);
        List<SupplierDocument> docs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            docs.add(registry.supplier(i).document());
        }
        try (LuceneRegistrySearch index = new LuceneRegistrySearch(dir)) {
            index.apply(docs, List.of(), 1);
            List<String> queries = QuerySet.of(registry, 500, 400, 4);
            long found = queries.stream().filter(q -> index.search(RegistryQuery.of(q)).total() > 0).count();
            assertThat(found).as("queries with hits").isGreaterThanOrEqualTo(390);
        }
    }
}
