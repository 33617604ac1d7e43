package com.greencert.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * English or Simplified Chinese: taken from a cookie the language switch sets, else from the browser.
 * All UI text comes from {@code vaadin-i18n/translations*.properties}.
 */
public class LanguagePreference {

    static final String COOKIE = "gc-lang";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    void serviceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(
                fromCookie(VaadinRequest.getCurrent()).orElseGet(() -> fromBrowser(VaadinRequest.getCurrent()))));
    }

    /** Chinese for a browser that prefers Chinese, English for everyone else. */
    static Locale fromBrowser(VaadinRequest request) {
        String accept = request == null ? null : request.getHeader("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> "zh".equals(c.getValue()) ? CHINESE : ENGLISH);
    }

    /** Switches the language for this browser and redraws the page in it. */
    public static void switchTo(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, isChinese(locale) ? "zh" : "en");
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        VaadinResponse.getCurrent().addCookie(cookie);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** "zh" or "en", for domain objects that hold names in both. */
    public static String language(Locale locale) {
        return isChinese(locale) ? "zh" : "en";
    }
}
