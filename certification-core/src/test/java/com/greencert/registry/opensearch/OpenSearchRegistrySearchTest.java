package com.greencert.registry.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.registry.RegistrySearchContract;
import com.greencert.registry.bench.QuerySet;
import com.greencert.registry.bench.SyntheticRegistry;
import com.greencert.registry.domain.PublishedProfile;
import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.lucene.LuceneRegistrySearch;
import com.greencert.shared.domain.ServiceUnavailableException;
import com.greencert.supplier.domain.Visibility;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch engine on a real single-node OpenSearch (started here from the Maven Central distribution): the
 * shared contract, the same results as Lucene on the same 2,000 synthetic suppliers, a rebuild behind the alias
 * without downtime, and a clear "unavailable" when OpenSearch does not answer.
 */
class OpenSearchRegistrySearchTest extends RegistrySearchContract {

    private OpenSearchNode node;
    private int indexes;

    @TempDir
    static Path luceneDir;

    @Override
    protected RegistrySearch open() {
        node = OpenSearchNode.start();
        return engine("contract");
    }

    private OpenSearchRegistrySearch engine(String alias) {
        return new OpenSearchRegistrySearch(node.url(), alias + "-" + (indexes++), Clock.systemUTC());
    }

    @Override
    protected void close(RegistrySearch engine) {
        node.close();
    }

    @Test
    void finds_and_ranks_as_lucene_on_the_same_data() {
        SyntheticRegistry synthetic = new SyntheticRegistry(42);
        List<SupplierDocument> docs = new ArrayList<>(RegistrySearchContract.sample());
        IntStream.range(0, 2000).mapToObj(i -> synthetic.supplier(i).document()).forEach(docs::add);
        OpenSearchRegistrySearch open = engine("same");
        open.apply(docs, List.of(), 1);
        List<String> queries = new ArrayList<>(QuerySet.of(synthetic, 2000, 60, 7));
        queries.addAll(List.of("lvneng", "绿能", "Zhejiang Green Power battery", "8507", GREENPOWER_USCC, "Zhejang Greenpowr"));
        int sameOrder = 0;
        try (LuceneRegistrySearch lucene = new LuceneRegistrySearch(luceneDir)) {
            lucene.apply(docs, List.of(), 1);
            assertThat(open.size()).isEqualTo(lucene.size()).isEqualTo(docs.size());
            for (int i = 0; i < queries.size(); i++) {
                String text = queries.get(i);
                RegistryQuery q = new RegistryQuery(text, Map.of(), Optional.empty(), 10);
                if (i % 3 == 0) {
                    q = q.filter(RegistryFacet.HS_CHAPTER, "85").filter(RegistryFacet.STATUS, "valid");
                }
                RegistryHits l = lucene.search(q);
                RegistryHits o = open.search(q);
                assertThat(o.total()).as("total for '%s'", text).isEqualTo(l.total());
                assertThat(o.facets()).as("facets for '%s'", text).isEqualTo(l.facets());
                if (!l.hits().isEmpty()) {
                    assertThat(o.hits().getFirst().score()).as("best score for '%s'", text)
                            .isCloseTo(l.hits().getFirst().score(), org.assertj.core.data.Percentage.withPercentage(1));
                }
                if (ids(o).equals(ids(l))) {
                    sameOrder++;
                } else {
                    // scores equal to float rounding may order ties differently: the same suppliers, then
                    assertThat(ids(o)).as("hits for '%s'", text).containsExactlyInAnyOrderElementsOf(ids(l));
                }
            }
        }
        assertThat(sameOrder).as("queries ranked in exactly the same order").isGreaterThanOrEqualTo(queries.size() * 9 / 10);
    }

    private static List<String> ids(RegistryHits hits) {
        return hits.hits().stream().map(RegistryHits.Hit::id).toList();
    }

    @Test
    void a_rebuild_goes_on_behind_the_alias_and_swaps_in_one_step() {
        OpenSearchRegistrySearch e = engine("rebuild");
        e.apply(List.of(supplier("s1", "Ningbo Sunrise Chemicals", "宁波日出化工")), List.of(), 3);
        assertThat(e.appliedSequence()).isEqualTo(3);
        e.clear();
        e.apply(List.of(supplier("s1", "Ningbo Moonlight Chemicals", "宁波月光化工")), List.of(), 0);
        assertThat(e.search(RegistryQuery.of("Sunrise")).hits()).as("searches see the old index while rebuilding").hasSize(1);
        e.apply(List.of(), List.of(), 9);
        assertThat(e.search(RegistryQuery.of("Sunrise")).hits()).isEmpty();
        assertThat(e.search(RegistryQuery.of("yueguang")).hits()).hasSize(1);
        assertThat(e.appliedSequence()).isEqualTo(9);
        e.apply(List.of(), List.of("s1"), 10);
        assertThat(e.size()).isZero();
        OpenSearchRegistrySearch sameAlias = new OpenSearchRegistrySearch(node.url(), "rebuild-" + (indexes - 1), Clock.systemUTC());
        assertThat(sameAlias.appliedSequence()).as("a second node resumes where the cluster is").isEqualTo(10);
    }

    @Test
    void opensearch_not_answering_is_unavailable_not_an_error() {
        OpenSearchRegistrySearch down = new OpenSearchRegistrySearch(URI.create("http://127.0.0.1:9"), "down", Clock.systemUTC());
        assertThatThrownBy(() -> down.search(RegistryQuery.of("lvneng")))
                .isInstanceOfSatisfying(ServiceUnavailableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registry.unavailable"));
        assertThatThrownBy(() -> down.apply(List.of(), List.of(), 5)).isInstanceOf(ServiceUnavailableException.class);
    }

    private static SupplierDocument supplier(String id, String en, String zh) {
        return doc(PublishedProfile.of(id, en, zh, "CN", null, "x", Visibility.PUBLIC, Visibility.PUBLIC,
                Visibility.PRIVATE), List.of(), List.of(), List.of());
    }
}
