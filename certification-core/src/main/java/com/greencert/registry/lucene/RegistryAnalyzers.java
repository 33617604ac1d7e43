package com.greencert.registry.lucene;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the registry's text fields, one place for indexing, querying and highlighting:
 * <ul>
 * <li>{@link #NAME} English names: words split on case changes and kept joined too ("GreenPower" = "Green Power"
 * = "greenpower"), lower-cased, accents folded, legal-form words dropped ("Co., Ltd.", "Limited", …);</li>
 * <li>{@link #CHINESE} SmartChinese word segmentation, legal-form words dropped (有限公司, 股份, …);</li>
 * <li>{@link #BIGRAM} overlapping CJK bigrams, which find any two-character part of a name (绿能) whatever the
 * segmenter made of it;</li>
 * <li>{@link #PINYIN} pinyin syllables (made by {@link Pinyin} at indexing) and their run-together shingles of 2-4
 * syllables, so "lv neng", "lvneng", "lüneng" and "luneng" all meet "绿能".</li>
 * </ul>
 * Query-side, {@link #queryAnalyzer()} uses the same chains except that pinyin is not shingled.
 */
public final class RegistryAnalyzers {

    public static final String NAME = "name";
    public static final String CHINESE = "chinese";
    public static final String BIGRAM = "bigram";
    public static final String PINYIN = "pinyin";

    /** Words of legal form that say nothing about which company it is. */
    public static final List<String> LEGAL_FORM_WORDS = List.of("co", "company", "ltd", "limited", "inc",
            "incorporated", "corp", "corporation", "llc", "plc", "gmbh", "ag", "sa", "bv", "the", "and", "of",
            "group", "holding", "holdings");
    static final CharArraySet LEGAL_FORMS = new CharArraySet(LEGAL_FORM_WORDS, true);
    static final CharArraySet CHINESE_LEGAL_FORMS = new CharArraySet(List.of("有限公司", "有限", "公司", "股份",
            "有限责任", "责任", "集团", "的"), false);

    private RegistryAnalyzers() {
    }

    /** Index side: each field of {@link RegistryFields} with its chain. */
    public static Analyzer indexAnalyzer() {
        return perField(pinyin(true));
    }

    /** Query side (and highlighting): as indexing, but pinyin unshingled. */
    public static Analyzer queryAnalyzer() {
        return perField(pinyin(false));
    }

    private static Analyzer perField(Analyzer pinyin) {
        Analyzer name = name();
        Analyzer chinese = chinese();
        Analyzer bigram = bigram();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                RegistryFields.NAME_EN, name, RegistryFields.PRODUCT, name, RegistryFields.FACILITY, name,
                RegistryFields.CERT, name,
                RegistryFields.NAME_ZH, chinese, RegistryFields.PRODUCT_ZH, chinese,
                RegistryFields.NAME_ZH2, bigram, RegistryFields.ADDRESS, bigram,
                RegistryFields.PINYIN, pinyin));
    }

    /** The chain of one kind ({@link #NAME}, {@link #CHINESE}, {@link #BIGRAM}, {@link #PINYIN}), for tests. */
    public static Analyzer of(String kind) {
        return switch (kind) {
            case NAME -> name();
            case CHINESE -> chinese();
            case BIGRAM -> bigram();
            case PINYIN -> pinyin(true);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static Analyzer name() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                        | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.CATENATE_WORDS
                        | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
                TokenStream s = new WordDelimiterGraphFilter(source, flags, null);
                s = new FlattenGraphFilter(s);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new StopFilter(s, LEGAL_FORMS);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    static Analyzer chinese() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HMMChineseTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new StopFilter(s, CHINESE_LEGAL_FORMS);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    static Analyzer bigram() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new CJKBigramFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    static Analyzer pinyin(boolean shingles) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WhitespaceTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new ASCIIFoldingFilter(s);
                if (shingles) {
                    ShingleFilter shingle = new ShingleFilter(s, 2, 4);
                    shingle.setTokenSeparator("");
                    shingle.setOutputUnigrams(true);
                    s = shingle;
                }
                return new TokenStreamComponents(source, s);
            }
        };
    }
}
