package com.greencert.shared.security;

import com.greencert.shared.config.GreenCertConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The headers every answer carries, set before anything else runs (declared first in {@code web.xml}): the
 * {@link ContentSecurityPolicy} (the API's, also for the bodies' published documents under {@code /bodies/}), {@code nosniff}, a referrer kept to the portal's own origin, no framing (also
 * as {@code X-Frame-Options} for old browsers) and, only when the request came over HTTPS (directly, or
 * through a trusted proxy's {@code X-Forwarded-Proto}), HSTS for a year.
 */
public class SecurityHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000";

    @Inject
    GreenCertConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (AuthenticationRouter.isApi(request) || isPublishedDocument(request)) {
            apply(request, response, config.trustedProxies());
        } else {
            String nonce = ContentSecurityPolicy.newNonce();
            request.setAttribute(ContentSecurityPolicy.NONCE, nonce);
            common(request, response, config.trustedProxies());
            response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.forPage(nonce));
        }
        chain.doFilter(request, response);
    }

    /** A body's DID document or status list ({@code /bodies/…}): data, never a page, so the API's policy. */
    static boolean isPublishedDocument(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/bodies/");
    }

    /** The API's headers, also for answers written before the filters run (a refused bearer token). */
    static void apply(HttpServletRequest request, HttpServletResponse response, Set<String> trustedProxies) {
        common(request, response, trustedProxies);
        response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.API);
    }

    private static void common(HttpServletRequest request, HttpServletResponse response, Set<String> trustedProxies) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (overHttps(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"),
                trustedProxies)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** HTTPS to the portal itself, or to a trusted proxy in front of it (the first proto such a proxy names). */
    static boolean overHttps(boolean secure, String remoteAddress, String forwardedProto, Set<String> trustedProxies) {
        if (secure) {
            return true;
        }
        return forwardedProto != null && trustedProxies.contains(remoteAddress)
                && forwardedProto.split(",")[0].strip().equalsIgnoreCase("https");
    }
}
