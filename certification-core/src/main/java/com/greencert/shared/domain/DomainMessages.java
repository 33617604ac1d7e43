package com.greencert.shared.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Tells a {@link DomainException} in words, in English or Simplified Chinese. */
public final class DomainMessages {

    private static final String BUNDLE = "com.greencert.shared.domain.messages";

    private DomainMessages() {
    }

    /** Messages whose first argument names a field of the request. */
    private static final java.util.Set<String> ABOUT_A_FIELD = java.util.Set.of("field.required", "field.too.long",
            "text.surrogate", "date.out.of.range", "field.value.unknown");

    /**
     * The refusal as a person reads it in the portal: a field is named as the forms label it ("Name (English)",
     * "名称（中文）"), not by its name in the API ({@code nameEn}), which the API's problem keeps.
     */
    public static String format(DomainException e, Locale locale) {
        Object[] arguments = e.arguments().toArray();
        if (ABOUT_A_FIELD.contains(e.messageKey()) && arguments.length > 0 && arguments[0] instanceof String field) {
            arguments[0] = label(field, locale);
        }
        return format(e.messageKey(), locale, arguments);
    }

    /** A field's label in the reader's language; the field's own name if it has none. */
    public static String label(String field, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        return bundle.containsKey("label." + field) ? bundle.getString("label." + field) : field;
    }

    /** The text of a message key with its arguments (the key itself and the arguments if there is no text). */
    public static String format(String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key + (arguments.length == 0 ? "" : " " + java.util.Arrays.asList(arguments));
        }
        return new MessageFormat(pattern, supported(locale)).format(named(bundle, arguments));
    }

    /**
     * The arguments with each constant of an enum told in words where the bundle has them ({@code enum.}<i>simple
     * class name</i>{@code .}<i>constant</i>, e.g. {@code enum.EvidenceType.TEST_REPORT}): a reader never sees a
     * constant's name. A constant without words stays as it is.
     */
    private static Object[] named(ResourceBundle bundle, Object[] arguments) {
        Object[] named = arguments.clone();
        for (int i = 0; i < named.length; i++) {
            if (named[i] instanceof Enum<?> e) {
                String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
                if (bundle.containsKey(key)) {
                    named[i] = bundle.getString(key);
                }
            }
        }
        return named;
    }

    private static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
