package com.greencert.shared.security;

import com.greencert.shared.config.GreenCertConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code HttpOnly} and {@code SameSite=Lax} ({@code web.xml}); it is also {@code Secure}
 * when browsers reach the portal over HTTPS, as its public URL says: behind a TLS-terminating proxy the
 * container itself only sees HTTP and would not mark it.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Inject
    GreenCertConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (config.publicUrlIsHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
