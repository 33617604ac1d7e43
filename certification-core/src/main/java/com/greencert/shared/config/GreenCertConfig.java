package com.greencert.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings that differ between a laptop and production, read through MicroProfile Config: every key can
 * be given as an environment variable ({@code greencert.keycloak.url} as {@code GREENCERT_KEYCLOAK_URL}).
 * Defaults, for the local run, are in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
@Named("greencertConfig")
public class GreenCertConfig {

    private String keycloakUrl;
    private String realm;
    private String portalClientId;
    private String portalClientSecret;
    private String publicUrl;
    private boolean demoSeed;
    private Set<String> trustedProxies;

    /**
     * Read once, from the application's own config (by its class loader): readiness checks run on
     * threads whose context class loader is not the application's.
     */
    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig(GreenCertConfig.class.getClassLoader());
        keycloakUrl = config.getValue("greencert.keycloak.url", String.class);
        realm = config.getOptionalValue("greencert.keycloak.realm", String.class).orElse("greencert");
        portalClientId = config.getOptionalValue("greencert.portal.client-id", String.class).orElse("greencert-portal");
        portalClientSecret = config.getValue("greencert.portal.client-secret", String.class);
        publicUrl = config.getValue("greencert.public-url", String.class);
        demoSeed = config.getOptionalValue("greencert.demo.seed", Boolean.class).orElse(false);
        trustedProxies = config.getOptionalValue("greencert.trusted-proxies", String.class).stream()
                .flatMap(list -> Arrays.stream(list.split(","))).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String keycloakUrl() {
        return strip(keycloakUrl);
    }

    public String realm() {
        return realm;
    }

    /** The realm's issuer, e.g. {@code http://localhost:8180/realms/greencert}. */
    public String issuer() {
        return keycloakUrl() + "/realms/" + realm;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String portalClientId() {
        return portalClientId;
    }

    public String portalClientSecret() {
        return portalClientSecret;
    }

    /** Where browsers reach the portal, e.g. {@code https://portal.greencert.example}. */
    public String publicUrl() {
        return strip(publicUrl);
    }

    public boolean demoSeed() {
        return demoSeed;
    }

    /** Whether browsers reach the portal over HTTPS (then its session cookie is {@code Secure}). */
    public boolean publicUrlIsHttps() {
        return publicUrl().regionMatches(true, 0, "https://", 0, 8);
    }

    /**
     * The addresses of the reverse proxies whose {@code X-Forwarded-Proto} is believed (e.g. {@code 10.0.0.5});
     * none by default, so a client cannot claim HTTPS for itself.
     */
    public Set<String> trustedProxies() {
        return trustedProxies;
    }

    // EL-friendly getters for the OpenID Connect mechanism definition
    public String getIssuer() {
        return issuer();
    }

    public String getClientId() {
        return portalClientId;
    }

    public String getClientSecret() {
        return portalClientSecret;
    }

    public String getRedirectUri() {
        return publicUrl() + "/oidc-callback";
    }

    public String getLogoutRedirectUri() {
        return publicUrl() + "/";
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
