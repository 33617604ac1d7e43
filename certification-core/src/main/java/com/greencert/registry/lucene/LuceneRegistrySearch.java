package com.greencert.registry.lucene;

import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryHits.FacetCount;
import com.greencert.registry.domain.RegistryHits.Hit;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded engine: one Lucene index in a directory of this node's disk. Writes come from one indexer at a
 * time and are committed with the change-feed position they reach ({@value #SEQUENCE} in the commit data), so a
 * restarted node resumes where its index is; searches use near-real-time searchers refreshed after each write.
 * Ranking is by score then supplier id, which makes the cursor ({@link Cursors}) stable.
 */
public final class LuceneRegistrySearch implements RegistrySearch, AutoCloseable {

    static final String SEQUENCE = "registry.sequence";
    static final String FORMAT = "registry.format";
    /** Raised whenever fields or analysis change: an index of another format is rebuilt. */
    public static final String CURRENT_FORMAT = "2";
    private static final int FACET_VALUES = 30;
    private static final Sort RANK = new Sort(SortField.FIELD_SCORE, new SortField(RegistryFields.ID, SortField.Type.STRING));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer queryAnalyzer = RegistryAnalyzers.queryAnalyzer();
    private final RegistryQueries queries = new RegistryQueries(queryAnalyzer);
    private final Highlights highlights = new Highlights(queryAnalyzer);
    private volatile long sequence;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public LuceneRegistrySearch(Path dir) {
        try {
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(RegistryAnalyzers.indexAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            boolean sameFormat = CURRENT_FORMAT.equals(data.get(FORMAT));
            if (!sameFormat && writer.getDocStats().numDocs > 0) {
                writer.deleteAll(); // written by another version of the analysis: rebuilt from the database
            }
            sequence = sameFormat ? Long.parseLong(data.getOrDefault(SEQUENCE, "0")) : 0;
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the registry index in " + dir, e);
        }
    }

    @Override
    public synchronized void apply(Collection<SupplierDocument> upserts, Collection<String> removals, long upTo) {
        try {
            for (SupplierDocument s : upserts) {
                writer.updateDocument(new Term(RegistryFields.ID, s.id()),
                        RegistryFields.FACETS.build(RegistryFields.document(s)));
            }
            for (String id : removals) {
                writer.deleteDocuments(new Term(RegistryFields.ID, id));
            }
            writer.setLiveCommitData(Map.of(SEQUENCE, Long.toString(upTo), FORMAT, CURRENT_FORMAT).entrySet());
            writer.commit();
            sequence = upTo;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            writer.deleteAll();
            apply(List.of(), List.of(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long appliedSequence() {
        return sequence;
    }

    @Override
    public long size() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    @Override
    public RegistryHits search(RegistryQuery query) {
        Query q = queries.build(query);
        Optional<FieldDoc> after = query.cursor().map(Cursors::fieldDoc);
        IndexSearcher searcher = acquire();
        try {
            // ties on score and id are only the same supplier: place the cursor after every doc id of this reader
            int lastDoc = Math.max(0, searcher.getIndexReader().maxDoc() - 1);
            FieldDoc from = after.map(f -> new FieldDoc(lastDoc, f.score, f.fields)).orElse(null);
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.searchAfter(searcher, from,
                    q, query.limit(), RANK, true, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            List<Hit> hits = hits(searcher, q, top);
            Map<RegistryFacet, List<FacetCount>> facets = facets(searcher, result.facetsCollector());
            for (RegistryFacet filtered : query.filters().keySet()) {
                // drill sideways: this facet counted as if its own filter were not set
                FacetsCollectorManager.FacetsResult sideways = FacetsCollectorManager.search(searcher,
                        queries.build(query.without(filtered)), 1, new FacetsCollectorManager());
                facets.put(filtered, facets(searcher, sideways.facetsCollector()).get(filtered));
            }
            Optional<String> next = top.scoreDocs.length < query.limit() ? Optional.empty()
                    : Optional.of(Cursors.encode((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]));
            return new RegistryHits(top.totalHits.value(), hits, facets, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private List<Hit> hits(IndexSearcher searcher, Query q, TopDocs top) throws IOException {
        Map<String, Set<String>> terms = Highlights.terms(q);
        List<Hit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            Map<String, List<String>> shown = new HashMap<>();
            Highlights.SHOWN.keySet().forEach(f -> shown.put(f, Arrays.asList(d.getValues(f))));
            hits.add(new Hit(d.get(RegistryFields.ID), d.get(RegistryFields.NAME_EN), d.get(RegistryFields.NAME_ZH),
                    d.get(RegistryFields.COUNTRY), d.get(RegistryFields.USCC),
                    Arrays.stream(d.getValues(RegistryFields.CERT_STORED)).map(RegistryFields::certification).toList(),
                    highlights.of(terms, shown), Float.isNaN(sd.score) ? 0 : sd.score));
        }
        return hits;
    }

    private Map<RegistryFacet, List<FacetCount>> facets(IndexSearcher searcher,
            org.apache.lucene.facet.FacetsCollector collector) throws IOException {
        Map<RegistryFacet, List<FacetCount>> out = new EnumMap<>(RegistryFacet.class);
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            for (RegistryFacet f : RegistryFacet.values()) {
                out.put(f, List.of());
            }
            return out;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (RegistryFacet f : RegistryFacet.values()) {
            List<FacetCount> values = new ArrayList<>();
            try {
                FacetResult r = counts.getTopChildren(FACET_VALUES, f.parameter());
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        values.add(new FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException noValuesYet) {
                // the dimension has no value anywhere in the index
            }
            out.put(f, List.copyOf(values));
        }
        return out;
    }

    /** The facet ordinals of a reader, made once per refreshed reader. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current.state();
            }
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, RegistryFields.FACETS);
            } catch (IllegalArgumentException emptyIndex) {
                state = null;
            }
            facetState = new FacetState(reader, state);
            return state;
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
