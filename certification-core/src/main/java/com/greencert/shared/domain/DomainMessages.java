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

    public static String format(DomainException e, Locale locale) {
        return format(e.messageKey(), locale, e.arguments().toArray());
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
        return new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    private static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
