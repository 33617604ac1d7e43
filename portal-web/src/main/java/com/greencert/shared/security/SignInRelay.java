package com.greencert.shared.security;

import com.greencert.shared.config.GreenCertConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * Keycloak's sign-in page in the language chosen in the portal. Jakarta Security's OpenID Connect mechanism
 * builds the authorization request with fixed parameters only, so it is pointed here (see {@link SecurityConfig})
 * and this relay forwards the request, unchanged, to Keycloak's authorization endpoint, adding
 * {@code ui_locales} ({@code zh-CN} or {@code en}) when the reader used the portal's language switch (its
 * cookie); without it Keycloak follows the browser's language. It only ever redirects to the configured Keycloak.
 */
@WebServlet("/sign-in/keycloak")
public class SignInRelay extends HttpServlet {

    /** Set by the portal's language switch ({@code com.greencert.shared.ui.LanguagePreference}). */
    static final String LANGUAGE_COOKIE = "gc-lang";

    @Inject
    GreenCertConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(target(config.keycloakAuthorizationEndpoint(), request.getQueryString(),
                uiLocale(request)));
    }

    static String target(String endpoint, String query, String uiLocale) {
        String forwarded = query == null || query.isBlank() ? "" : query;
        if (uiLocale != null && !forwarded.matches("(^|.*&)ui_locales=.*")) {
            forwarded = forwarded.isEmpty() ? "ui_locales=" + uiLocale : forwarded + "&ui_locales=" + uiLocale;
        }
        return forwarded.isEmpty() ? endpoint : endpoint + "?" + forwarded;
    }

    /** "zh-CN" or "en" after the portal's language switch was used, else null. */
    static String uiLocale(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        return Arrays.stream(request.getCookies()).filter(c -> LANGUAGE_COOKIE.equals(c.getName())).findFirst()
                .map(c -> "zh".equals(c.getValue()) ? "zh-CN" : "en").orElse(null);
    }
}
