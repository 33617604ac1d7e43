package com.greencert.credential.service;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The verification's words in English or Simplified Chinese ({@code verification.properties}). */
final class VerificationMessages {

    private static final String BUNDLE = "com.greencert.credential.service.verification";

    private final Locale locale;
    private final ResourceBundle bundle;

    VerificationMessages(Locale locale) {
        this.locale = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    static String date(Instant at) {
        return at == null ? "" : at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
