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
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        String pattern;
        try {
            pattern = bundle.getString(e.messageKey());
        } catch (MissingResourceException missing) {
            return e.getMessage();
        }
        return new MessageFormat(pattern, supported(locale)).format(e.arguments().toArray());
    }

    private static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
