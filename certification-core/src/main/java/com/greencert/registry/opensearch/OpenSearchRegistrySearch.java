package com.greencert.registry.opensearch;

import static com.greencert.registry.opensearch.Jsons.JSON;

import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryHits.FacetCount;
import com.greencert.registry.domain.RegistryHits.Hit;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.lucene.Cursors;
import com.greencert.registry.lucene.Highlights;
import com.greencert.registry.lucene.LuceneRegistrySearch;
import com.greencert.registry.lucene.RegistryAnalyzers;
import com.greencert.registry.lucene.RegistryFields;
import com.greencert.registry.lucene.RegistryQueries;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * The registry on an OpenSearch cluster shared by every portal node. Documents live in a versioned index
 * ({@code <alias>-v<format>-<millis>}) behind the alias {@code <alias>} that searches use; the change-feed position
 * is a document of {@code <alias>-state}. A rebuild ({@link #clear()}) writes into a new index while searches go
 * on against the old one, and the first write that records a feed position swaps the alias to it in one atomic
 * request and drops the old index: reindexing without downtime. Writes wait for the refresh, so a change is
 * searchable when {@link #apply} returns. Every node follows the feed and writes what it read (idempotent: the
 * document is the supplier's state read after the change committed).
 */
public final class OpenSearchRegistrySearch implements RegistrySearch {

    private static final int FACET_VALUES = 30;
    private static final String FEED = "feed";
    private final OpenSearchHttp http;
    private final String alias;
    private final String state;
    private final Clock clock;
    private final IndexLayout layout = new IndexLayout();
    private final Analyzer queryAnalyzer = RegistryAnalyzers.queryAnalyzer();
    private final RegistryQueries queries = new RegistryQueries(queryAnalyzer);
    private final Highlights highlights = new Highlights(queryAnalyzer);
    private volatile String building;
    private volatile boolean ensured;

    public OpenSearchRegistrySearch(URI url, String alias, Clock clock) {
        this.http = new OpenSearchHttp(url);
        this.alias = alias;
        this.state = alias + "-state";
        this.clock = clock;
    }

    /** Creates the first index behind the alias if there is none (idempotent; retried until OpenSearch answers). */
    private void ensure() {
        if (ensured) {
            return;
        }
        synchronized (this) {
            if (!ensured) {
                if (http.status(alias) == 404) {
                    String first = newIndex();
                    http.send("POST", "_aliases", JSON.createObjectBuilder().add("actions", JSON.createArrayBuilder()
                            .add(JSON.createObjectBuilder().add("add", JSON.createObjectBuilder()
                                    .add("index", first).add("alias", alias)))).build());
                }
                ensured = true;
            }
        }
    }

    private String newIndex() {
        String name = alias + "-v" + LuceneRegistrySearch.CURRENT_FORMAT + "-" + clock.millis();
        http.send("PUT", name, IndexLayout.settingsAndMappings(LuceneRegistrySearch.CURRENT_FORMAT));
        return name;
    }

    /** The index the alias points to now. */
    private String live() {
        JsonObject answer = http.send("GET", "_alias/" + alias, null);
        return answer.keySet().iterator().next();
    }

    @Override
    public synchronized void apply(Collection<SupplierDocument> upserts, Collection<String> removals, long sequence) {
        ensure();
        String target = building != null ? building : alias;
        if (!upserts.isEmpty() || !removals.isEmpty()) {
            StringBuilder ndjson = new StringBuilder();
            for (SupplierDocument s : upserts) {
                ndjson.append(action("index", s.id())).append('\n').append(layout.document(s)).append('\n');
            }
            for (String id : removals) {
                ndjson.append(action("delete", id)).append('\n');
            }
            JsonObject answer = http.bulk(target + "/_bulk?refresh=" + (building != null ? "false" : "wait_for"),
                    ndjson.toString());
            if (answer.getBoolean("errors", false)) {
                throw new IllegalStateException("OpenSearch refused part of a registry write: " + firstError(answer));
            }
        }
        if (sequence > 0 && building != null) {
            swapTo(building);
            building = null;
        }
        if (sequence > 0) {
            http.send("PUT", state + "/_doc/" + FEED + "?refresh=true", JSON.createObjectBuilder()
                    .add("sequence", sequence).add("format", LuceneRegistrySearch.CURRENT_FORMAT).build());
        }
    }

    private void swapTo(String index) {
        String old = live();
        http.send("POST", index + "/_refresh", null);
        http.send("POST", "_aliases", JSON.createObjectBuilder().add("actions", JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("add", JSON.createObjectBuilder().add("index", index).add("alias", alias)))
                .add(JSON.createObjectBuilder().add("remove", JSON.createObjectBuilder().add("index", old).add("alias", alias))))
                .build());
        if (!old.equals(index)) {
            http.send("DELETE", old, null, 404);
        }
    }

    private static String action(String type, String id) {
        return JSON.createObjectBuilder().add(type, JSON.createObjectBuilder().add("_id", id)).build().toString();
    }

    private static String firstError(JsonObject bulk) {
        return bulk.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(i -> i.values().iterator().next().asJsonObject())
                .filter(i -> i.containsKey("error")).map(i -> i.get("error").toString()).findFirst().orElse("?");
    }

    /** Starts a rebuild: a new, empty index that searches do not see until the rebuild records its feed position. */
    @Override
    public synchronized void clear() {
        ensure();
        if (building != null) {
            http.send("DELETE", building, null, 404);
        }
        building = newIndex();
    }

    @Override
    public long appliedSequence() {
        ensure();
        JsonObject doc = http.send("GET", state + "/_doc/" + FEED, null, 404);
        if (!doc.getBoolean("found", false)) {
            return 0;
        }
        JsonObject source = doc.getJsonObject("_source");
        boolean sameFormat = LuceneRegistrySearch.CURRENT_FORMAT.equals(source.getString("format", ""));
        return sameFormat ? source.getJsonNumber("sequence").longValue() : 0;
    }

    @Override
    public long size() {
        ensure();
        return http.send("GET", alias + "/_count", null).getJsonNumber("count").longValue();
    }

    @Override
    public RegistryHits search(RegistryQuery query) {
        ensure();
        // filters as a post_filter, so that each facet can be counted without its own filter (drill sideways)
        Query text = queries.build(new RegistryQuery(query.text(), Map.of(), query.cursor(), query.limit()));
        JsonObjectBuilder body = JSON.createObjectBuilder().add("query", QueryDsl.of(text)).add("size", query.limit())
                .add("post_filter", filters(query.filters(), null))
                .add("track_total_hits", true).add("track_scores", true).add("_source", JSON.createArrayBuilder().add(IndexLayout.STORED))
                .add("sort", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("_score", "desc"))
                        .add(JSON.createObjectBuilder().add(RegistryFields.ID, "asc")));
        query.cursor().map(Cursors::decode).ifPresent(p -> body.add("search_after",
                JSON.createArrayBuilder().add(p.score()).add(p.id())));
        JsonObjectBuilder aggs = JSON.createObjectBuilder();
        for (RegistryFacet f : RegistryFacet.values()) {
            aggs.add(f.parameter(), JSON.createObjectBuilder().add("filter", filters(query.filters(), f))
                    .add("aggs", JSON.createObjectBuilder().add("values", JSON.createObjectBuilder().add("terms",
                            JSON.createObjectBuilder().add("field", f.field()).add("size", FACET_VALUES)))));
        }
        body.add("aggs", aggs);
        JsonObject answer = http.send("POST", alias + "/_search", body.build());
        JsonObject outer = answer.getJsonObject("hits");
        Map<String, Set<String>> terms = Highlights.terms(text);
        List<Hit> hits = new ArrayList<>();
        float lastScore = 0;
        String lastId = null;
        for (JsonValue v : outer.getJsonArray("hits")) {
            JsonObject h = v.asJsonObject();
            JsonArray sort = h.getJsonArray("sort");
            lastScore = (float) sort.getJsonNumber(0).doubleValue();
            lastId = sort.getString(1);
            hits.add(hit(h.getJsonObject("_source").getJsonObject(IndexLayout.STORED), lastScore, terms));
        }
        Optional<String> next = hits.size() < query.limit() ? Optional.empty()
                : Optional.of(Cursors.encode(lastScore, lastId));
        return new RegistryHits(outer.getJsonObject("total").getJsonNumber("value").longValue(), hits,
                facets(answer.getJsonObject("aggregations")), next);
    }

    private Hit hit(JsonObject stored, float score, Map<String, Set<String>> terms) {
        Map<String, List<String>> values = new HashMap<>();
        stored.forEach((name, array) -> values.put(name,
                array.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        return new Hit(first(values, RegistryFields.ID), first(values, RegistryFields.NAME_EN),
                first(values, RegistryFields.NAME_ZH), first(values, RegistryFields.COUNTRY),
                first(values, RegistryFields.USCC), values.getOrDefault(RegistryFields.CERT_STORED, List.of()).stream()
                        .map(RegistryFields::certification).toList(), highlights.of(terms, values), score);
    }

    private static String first(Map<String, List<String>> values, String field) {
        List<String> v = values.get(field);
        return v == null || v.isEmpty() ? null : v.getFirst();
    }

    /** The filters of a search as one non-scoring clause, leaving out {@code except}'s (null: none left out). */
    private static JsonObject filters(Map<RegistryFacet, String> filters, RegistryFacet except) {
        var terms = JSON.createArrayBuilder();
        filters.forEach((facet, value) -> {
            if (facet != except) {
                terms.add(JSON.createObjectBuilder().add("term", JSON.createObjectBuilder().add(facet.field(), value)));
            }
        });
        return JSON.createObjectBuilder().add("bool", JSON.createObjectBuilder().add("filter", terms)).build();
    }

    private static Map<RegistryFacet, List<FacetCount>> facets(JsonObject aggregations) {
        Map<RegistryFacet, List<FacetCount>> out = new EnumMap<>(RegistryFacet.class);
        for (RegistryFacet f : RegistryFacet.values()) {
            List<FacetCount> counts = new ArrayList<>();
            for (JsonValue b : aggregations.getJsonObject(f.parameter()).getJsonObject("values").getJsonArray("buckets")) {
                JsonObject bucket = b.asJsonObject();
                counts.add(new FacetCount(bucket.getString("key"), bucket.getJsonNumber("doc_count").longValue()));
            }
            out.put(f, List.copyOf(counts));
        }
        return out;
    }
}
