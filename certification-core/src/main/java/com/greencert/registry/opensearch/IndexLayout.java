package com.greencert.registry.opensearch;

import static com.greencert.registry.opensearch.Jsons.JSON;

import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.lucene.RegistryAnalyzers;
import com.greencert.registry.lucene.RegistryFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * The registry's OpenSearch index: its settings (the analysis chains of {@link RegistryAnalyzers} declared with
 * OpenSearch's built-in filters), its strict mapping (the fields of {@link RegistryFields}), and a supplier as an
 * OpenSearch document, made from the very Lucene document the embedded engine indexes. Chinese names are
 * segmented here, in Java, by the same SmartChinese analyser (OpenSearch's distribution does not ship it), and
 * sent as space-separated words; pinyin forms are computed in Java as for Lucene. What a hit shows is kept,
 * unindexed, under {@value #STORED}.
 */
final class IndexLayout {

    static final String STORED = "stored";
    private static final String NAME = "gc_name";
    private static final String SEGMENTED = "gc_segmented";
    private static final String BIGRAM = "gc_bigram";
    private static final String PINYIN = "gc_pinyin";
    private static final Map<String, String> TEXT = Map.of(
            RegistryFields.NAME_EN, NAME, RegistryFields.PRODUCT, NAME, RegistryFields.FACILITY, NAME,
            RegistryFields.CERT, NAME, RegistryFields.NAME_ZH, SEGMENTED, RegistryFields.PRODUCT_ZH, SEGMENTED,
            RegistryFields.NAME_ZH2, BIGRAM, RegistryFields.ADDRESS, BIGRAM, RegistryFields.PINYIN, PINYIN);
    private static final List<String> KEYWORD = List.of(RegistryFields.ID, RegistryFields.USCC,
            RegistryFields.REGISTRATION, RegistryFields.CERT_NO, RegistryFields.HS, RegistryFields.UN,
            RegistryFields.PINYIN_JOINED);
    /** Fields whose words are made in Java (SmartChinese), not by OpenSearch. */
    private static final Set<String> SEGMENTED_IN_JAVA = Set.of(RegistryFields.NAME_ZH, RegistryFields.PRODUCT_ZH);

    private final Analyzer analyzer = RegistryAnalyzers.indexAnalyzer();

    /** The body of the create-index request: settings, analysis and mapping, with the format in {@code _meta}. */
    static JsonObject settingsAndMappings(String format) {
        JsonObjectBuilder filters = JSON.createObjectBuilder()
                .add("gc_word_parts", JSON.createObjectBuilder().add("type", "word_delimiter_graph")
                        .add("generate_word_parts", true).add("generate_number_parts", true)
                        .add("split_on_case_change", true).add("catenate_words", true).add("preserve_original", true)
                        .add("split_on_numerics", false).add("stem_english_possessive", false))
                .add("gc_legal_forms", JSON.createObjectBuilder().add("type", "stop").add("ignore_case", true)
                        .add("stopwords", JSON.createArrayBuilder(RegistryAnalyzers.LEGAL_FORM_WORDS)))
                .add("gc_shingles", JSON.createObjectBuilder().add("type", "shingle").add("min_shingle_size", 2)
                        .add("max_shingle_size", 4).add("output_unigrams", true).add("token_separator", ""));
        JsonObjectBuilder analyzers = JSON.createObjectBuilder()
                .add(NAME, custom("standard", "gc_word_parts", "flatten_graph", "lowercase", "asciifolding", "gc_legal_forms"))
                .add(SEGMENTED, custom("whitespace"))
                .add(BIGRAM, custom("standard", "cjk_bigram", "lowercase", "asciifolding"))
                .add(PINYIN, custom("whitespace", "lowercase", "asciifolding", "gc_shingles"));
        JsonObjectBuilder properties = JSON.createObjectBuilder();
        TEXT.forEach((field, analyzerName) -> properties.add(field, JSON.createObjectBuilder().add("type", "text")
                .add("analyzer", analyzerName)));
        KEYWORD.forEach(field -> properties.add(field, keyword()));
        for (RegistryFacet f : RegistryFacet.values()) {
            properties.add(f.field(), keyword());
        }
        properties.add(STORED, JSON.createObjectBuilder().add("type", "object").add("enabled", false));
        return JSON.createObjectBuilder()
                .add("settings", JSON.createObjectBuilder().add("number_of_shards", 1).add("number_of_replicas", 0)
                        .add("analysis", JSON.createObjectBuilder().add("filter", filters).add("analyzer", analyzers)))
                .add("mappings", JSON.createObjectBuilder().add("dynamic", "strict")
                        .add("_meta", JSON.createObjectBuilder().add("format", format)).add("properties", properties))
                .build();
    }

    private static JsonObjectBuilder custom(String tokenizer, String... filters) {
        return JSON.createObjectBuilder().add("type", "custom").add("tokenizer", tokenizer)
                .add("filter", JSON.createArrayBuilder(List.of(filters)));
    }

    private static JsonObjectBuilder keyword() {
        return JSON.createObjectBuilder().add("type", "keyword");
    }

    /** A supplier as OpenSearch indexes it. */
    JsonObject document(SupplierDocument supplier) {
        Document lucene = RegistryFields.document(supplier);
        Map<String, List<String>> indexed = new LinkedHashMap<>();
        Map<String, List<String>> stored = new LinkedHashMap<>();
        for (IndexableField f : lucene.getFields()) {
            String value = f.stringValue();
            if (value == null) {
                continue; // doc values: OpenSearch keeps its own
            }
            if (f.fieldType().stored()) {
                stored.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(value);
            }
            if (f.fieldType().indexOptions() != IndexOptions.NONE) {
                String v = SEGMENTED_IN_JAVA.contains(f.name()) ? segmented(f.name(), value) : value;
                indexed.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(v);
            }
        }
        JsonObjectBuilder doc = JSON.createObjectBuilder();
        indexed.forEach((name, values) -> doc.add(name, JSON.createArrayBuilder(values)));
        JsonObjectBuilder shown = JSON.createObjectBuilder();
        stored.forEach((name, values) -> shown.add(name, JSON.createArrayBuilder(values)));
        return doc.add(STORED, shown).build();
    }

    private String segmented(String field, String text) {
        StringBuilder out = new StringBuilder();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.append(out.isEmpty() ? "" : " ").append(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}
