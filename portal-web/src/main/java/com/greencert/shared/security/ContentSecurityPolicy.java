package com.greencert.shared.security;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy of every answer (ADR 0011). The API's answers are data: nothing in them may
 * run, load or be framed. The portal's pages run Vaadin: scripts only from the portal itself or inline with
 * this request's nonce (Vaadin's bootstrap page starts its client engine with inline scripts, which get the
 * nonce here), plus {@code 'unsafe-eval'}, since the engine runs the expressions the server sends
 * ({@code executeJs}, event data) by constructing functions; inline styles, which Vaadin's components and
 * bootstrap page set; everything else from the portal's own origin only, and no framing.
 */
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";
    static final String API = "default-src 'none'; frame-ancestors 'none'";
    /** The request attribute holding the nonce the page's policy names. */
    static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    static String forPage(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Vaadin's bootstrap page: every script tag carries the nonce of the policy sent with it. */
    void serviceInit(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Object nonce = page.getVaadinRequest().getAttribute(NONCE);
            if (nonce != null) {
                page.getDocument().getElementsByTag("script").attr("nonce", nonce.toString());
            }
        });
    }
}
