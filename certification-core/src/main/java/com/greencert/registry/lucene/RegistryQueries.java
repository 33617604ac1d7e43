package com.greencert.registry.lucene;

import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.RegistryQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query of a {@link RegistryQuery} programmatically: the buyer's text is split into at most
 * {@link RegistryQuery#MAX_TERMS} words and each word analysed per field, so nothing typed is ever read as
 * query syntax ({@code name:x*}, {@code ~}, {@code /regex/} are just characters). Per word, the best of: an exact
 * identifier (USCC, registration or certificate number, boosted so an exact hit ranks first), an HS code or
 * prefix, a UN number, and the text fields (names with typo tolerance, Chinese words and bigrams, pinyin). Most
 * of the words must match ({@link #minimumShouldMatch}); filters restrict without scoring.
 */
public final class RegistryQueries {

    static final float EXACT_BOOST = 1000f;
    /** Terms a misspelt word may stand for (the fuzzy queries' expansion limit, also what OpenSearch is told). */
    public static final int FUZZY_EXPANSIONS = 20;
    private static final int MAX_TOKENS_PER_WORD = 16;
    private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NP-RT-UW-Y]{18}");
    private static final Pattern HS = Pattern.compile("[0-9]{2}([0-9.]{0,12})");
    private static final Pattern UN = Pattern.compile("(UN)?[0-9]{4}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?=.*[0-9])[A-Z0-9][A-Z0-9./-]{4,63}");

    private final Analyzer analyzer;

    public RegistryQueries(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
    }

    public Query build(RegistryQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Query text = text(query.text());
        // text with no searchable word in it ("*", "Co., Ltd.") finds nothing rather than everything
        all.add(text != null ? text : query.text().isBlank() ? new MatchAllDocsQuery() : new MatchNoDocsQuery(), Occur.MUST);
        for (Map.Entry<RegistryFacet, String> filter : query.filters().entrySet()) {
            all.add(new TermQuery(new Term(filter.getKey().field(), filter.getValue())), Occur.FILTER);
        }
        return all.build();
    }

    /** The scoring part, or null when the text has no searchable word. */
    Query text(String text) {
        List<Query> words = new ArrayList<>();
        for (String word : words(text)) {
            Query q = word(word);
            if (q != null) {
                words.add(q);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.forEach(w -> b.add(w, Occur.SHOULD));
        b.setMinimumNumberShouldMatch(minimumShouldMatch(words.size()));
        return b.build();
    }

    /** All of one or two words, all but one of three or four, then about two thirds. */
    static int minimumShouldMatch(int words) {
        return words <= 2 ? words : words <= 4 ? words - 1 : (int) Math.ceil(words * 2 / 3.0);
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s,;，；、]+")).filter(w -> !w.isEmpty())
                .distinct().limit(RegistryQuery.MAX_TERMS).toList();
    }

    private Query word(String word) {
        if (word.codePoints().noneMatch(RegistryQueries::isHan) && tokens(RegistryFields.NAME_EN, word).isEmpty()) {
            return null; // a legal form ("Co.", "Ltd.") or punctuation: says nothing about which company
        }
        boolean identifier = IDENTIFIER.matcher(word.toUpperCase(java.util.Locale.ROOT)).matches();
        List<Query> alternatives = new ArrayList<>();
        String upper = RegistryFields.exact(word);
        if (USCC.matcher(upper).matches()) {
            alternatives.add(new BoostQuery(exact(RegistryFields.USCC, upper), EXACT_BOOST));
        }
        if (identifier) {
            alternatives.add(new BoostQuery(exact(RegistryFields.CERT_NO, upper), EXACT_BOOST));
            alternatives.add(new BoostQuery(exact(RegistryFields.REGISTRATION, upper), EXACT_BOOST / 2));
        }
        if (HS.matcher(word).matches()) {
            String digits = RegistryFields.digits(word);
            if (digits.length() % 2 == 0 && digits.length() <= 10) {
                alternatives.add(new BoostQuery(exact(RegistryFields.HS, digits), 8f));
            }
        }
        if (UN.matcher(word.toUpperCase(java.util.Locale.ROOT)).matches()) {
            alternatives.add(new BoostQuery(exact(RegistryFields.UN, RegistryFields.digits(word)), 8f));
        }
        add(alternatives, names(RegistryFields.NAME_EN, word, 4f, true, identifier));
        add(alternatives, names(RegistryFields.NAME_ZH, word, 4f, false, identifier));
        add(alternatives, names(RegistryFields.NAME_ZH2, word, 3f, false, identifier));
        add(alternatives, names(RegistryFields.PINYIN, word, 3f, false, identifier));
        add(alternatives, names(RegistryFields.PRODUCT, word, 2f, false, identifier));
        add(alternatives, names(RegistryFields.PRODUCT_ZH, word, 2f, false, identifier));
        add(alternatives, names(RegistryFields.FACILITY, word, 1.5f, true, identifier));
        add(alternatives, names(RegistryFields.ADDRESS, word, 1f, false, identifier));
        add(alternatives, names(RegistryFields.CERT, word, 1.5f, false, identifier));
        String joined = word.toLowerCase(java.util.Locale.ROOT);
        if (joined.length() >= 6 && joined.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            alternatives.add(new BoostQuery(new ConstantScoreQuery(
                    new PrefixQuery(new Term(RegistryFields.PINYIN_JOINED, joined))), 3f));
        }
        return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static void add(List<Query> to, Query q) {
        if (q != null) {
            to.add(q);
        }
    }

    private static Query exact(String field, String value) {
        return new ConstantScoreQuery(new TermQuery(new Term(field, value)));
    }

    /** The word's tokens in one field: all must be there (a Chinese word's segments, a split compound's parts). */
    private Query names(String field, String word, float boost, boolean fuzzy, boolean identifier) {
        Set<String> tokens = tokens(field, word);
        if (tokens.isEmpty()) {
            return null;
        }
        String whole = word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (tokens.size() > 1 && tokens.contains(whole)) {
            // a compound: its joined form ("greenpower") or all of its parts ("green" and "power")
            Set<String> parts = new LinkedHashSet<>(tokens);
            parts.remove(whole);
            Query joined = new BoostQuery(term(field, whole, fuzzy), 1.2f);
            return new BoostQuery(new DisjunctionMaxQuery(List.of(joined, all(field, parts, fuzzy)), 0f), boost);
        }
        return new BoostQuery(all(field, tokens, fuzzy), boost);
    }

    private static Query all(String field, Set<String> tokens, boolean fuzzy) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        tokens.forEach(t -> b.add(term(field, t, fuzzy), Occur.MUST));
        return b.build();
    }

    private static Query term(String field, String t, boolean fuzzy) {
        Query term = new TermQuery(new Term(field, t));
        if (fuzzy && t.length() >= 4 && t.chars().allMatch(Character::isLetter)) {
            Query typo = new FuzzyQuery(new Term(field, t), t.length() >= 8 ? 2 : 1, 1, FUZZY_EXPANSIONS, true);
            term = new DisjunctionMaxQuery(List.of(term, new BoostQuery(typo, 0.5f)), 0f);
        }
        return term;
    }

    Set<String> tokens(String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_TOKENS_PER_WORD) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
