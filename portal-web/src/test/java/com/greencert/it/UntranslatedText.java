package com.greencert.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never be on a Chinese page: a translation the portal did not find (Vaadin shows it as
 * {@code !zh: key}), a raw message key ({@code evidence.access.granted}) or an enum name ({@code ON_SITE}).
 * Checked on every Chinese screenshot the browser tests take ({@link Browser#screenshot}).
 */
final class UntranslatedText {

    private static final Pattern MISSING = Pattern.compile("![a-z]{2}(?:_[A-Z]{2})?: [\\w.-]+");
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern KEY = Pattern.compile("(?<![\\w@/:.%-])[a-z][a-z0-9]*(?:\\.[a-z][a-zA-Z0-9-]*){2,}(?![\\w@/.-])");
    /** Dotted names that are data, not keys: host names, files, e-mail domains. */
    private static final Pattern NOT_A_KEY = Pattern.compile(".*\\.(?:com|cn|org|net|eu|example|test|local|pdf|json|csv|xlsx|png|txt)$");

    private UntranslatedText() {
    }

    static List<String> in(String pageText) {
        List<String> found = new ArrayList<>();
        add(found, MISSING.matcher(pageText), "missing translation");
        add(found, ENUM_NAME.matcher(pageText), "enum name");
        Matcher keys = KEY.matcher(pageText);
        while (keys.find()) {
            if (!NOT_A_KEY.matcher(keys.group()).matches()) {
                found.add("message key: " + keys.group());
            }
        }
        return found;
    }

    private static void add(List<String> found, Matcher m, String what) {
        while (m.find()) {
            found.add(what + ": " + m.group());
        }
    }
}
