package com.greencert.notification.service;

import java.util.Locale;

/** The languages mails are written in: Simplified Chinese for readers whose locale says so, else English. */
public enum MailLanguage {
    ENGLISH(Locale.ENGLISH, "en"),
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "zh-CN");

    private final Locale locale;
    private final String tag;

    MailLanguage(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag, for the mail's {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /**
     * The language for a user's {@code locale} attribute: {@code zh-CN}, {@code zh_CN}, {@code zh},
     * {@code zh-Hans…} and {@code zh-SG} (any case) are Simplified Chinese; anything else, or none, English
     * (traditional Chinese readers get English rather than a script they may not read).
     */
    public static MailLanguage forLocale(String locale) {
        if (locale == null) {
            return ENGLISH;
        }
        String tag = locale.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        boolean simplified = tag.equals("zh") || tag.equals("zh-cn") || tag.equals("zh-sg") || tag.startsWith("zh-hans");
        return simplified ? SIMPLIFIED_CHINESE : ENGLISH;
    }
}
