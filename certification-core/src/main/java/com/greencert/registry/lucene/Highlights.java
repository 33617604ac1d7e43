package com.greencert.registry.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What matched in a hit, marked: the shown text of a name, product or facility with each word whose analysed form
 * is an exact term of the query between {@code <mark>} and {@code </mark>}, everything else HTML-escaped. Done on
 * the hit's text with the registry's own analysis, so both engines mark the same words. A word found only
 * through a typo or a pinyin prefix is not marked (the terms of fuzzy and prefix queries are not expanded).
 */
public final class Highlights {

    /** The fields shown for a hit, under the name the API gives them (two fields share "products"). */
    public static final Map<String, String> SHOWN = shown();

    private final Analyzer analyzer;

    public Highlights(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
    }

    private static Map<String, String> shown() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(RegistryFields.NAME_EN, "nameEn");
        m.put(RegistryFields.NAME_ZH, "nameZh");
        m.put(RegistryFields.PRODUCT, "products");
        m.put(RegistryFields.PRODUCT_ZH, "products");
        m.put(RegistryFields.FACILITY, "facilities");
        return m;
    }

    /** The exact terms of a query by field (not under a MUST_NOT). */
    public static Map<String, Set<String>> terms(Query query) {
        Map<String, Set<String>> out = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    out.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return out;
    }

    /**
     * Per shown name, the first value of its fields with a marked word in it; fields where nothing matched are left
     * out.
     */
    public Map<String, String> of(Map<String, Set<String>> terms, Map<String, List<String>> values) {
        Map<String, String> out = new LinkedHashMap<>();
        SHOWN.forEach((field, name) -> {
            Set<String> wanted = terms.getOrDefault(field, Set.of());
            if (wanted.isEmpty() || out.containsKey(name)) {
                return;
            }
            for (String value : values.getOrDefault(field, List.of())) {
                String marked = mark(field, value, wanted);
                if (marked != null) {
                    out.put(name, marked);
                    return;
                }
            }
        });
        return out;
    }

    /** The value with the wanted words marked, or null when none is in it. */
    String mark(String field, String value, Set<String> wanted) {
        List<int[]> spans = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString())) {
                    spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (spans.isEmpty()) {
            return null;
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue; // inside a word already marked ("Green" of "GreenPower")
            }
            escape(value.substring(at, span[0]), out);
            out.append("<mark>");
            escape(value.substring(span[0], span[1]), out);
            out.append("</mark>");
            at = span[1];
        }
        escape(value.substring(at), out);
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
