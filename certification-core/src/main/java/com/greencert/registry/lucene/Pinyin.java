package com.greencert.registry.lucene;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pinyin of a Chinese name with ICU's Han-Latin transliteration, syllables separated by spaces: the toned form
 * (folded to plain letters by the analyzer: "lǜ" → "lu") and the form buyers type on a keyboard, ü as "v" ("lv").
 */
public final class Pinyin {

    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin");

    /**
     * The syllable of each Han character, transliterated once: ICU's Han-Latin is about 0.4 ms a name and not
     * thread-safe, the set of characters in company names is small (measured: 150,000 names went from ~60 s
     * to under 1 s).
     */
    private static final Map<Integer, String> SYLLABLES = new ConcurrentHashMap<>();

    private Pinyin() {
    }

    private static String transliterate(int han) {
        synchronized (HAN_LATIN) {
            return HAN_LATIN.transliterate(Character.toString(han)).strip();
        }
    }

    /** The forms to index for a Chinese text (empty for null or text without Han characters). */
    public static List<String> forms(String chinese) {
        if (chinese == null || chinese.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        StringBuilder syllables = new StringBuilder();
        chinese.codePoints().forEach(c -> syllables.append(' ').append(Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN ? SYLLABLES.computeIfAbsent(c, Pinyin::transliterate) : Character.toString(c)));
        String toned = syllables.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String keyboard = toned.replaceAll("[üǖǘǚǜ]", "v");
        LinkedHashSet<String> forms = new LinkedHashSet<>(List.of(toned, keyboard));
        return List.copyOf(forms);
    }

    /** The syllables run together without tones ("zhejianglvneng…"), for prefix matching of a long typed name. */
    public static String joined(String form) {
        return java.text.Normalizer.normalize(form.replace(" ", ""), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
