package com.greencert.registry.lucene;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Pinyin of a Chinese name with ICU's Han-Latin transliteration, syllables separated by spaces: the toned form
 * (folded to plain letters by the analyzer: "lǜ" → "lu") and the form buyers type on a keyboard, ü as "v" ("lv").
 */
public final class Pinyin {

    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin");

    private Pinyin() {
    }

    /** The forms to index for a Chinese text (empty for null or text without Han characters). */
    public static List<String> forms(String chinese) {
        if (chinese == null || chinese.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        String toned;
        synchronized (HAN_LATIN) {
            toned = HAN_LATIN.transliterate(chinese);
        }
        toned = toned.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
