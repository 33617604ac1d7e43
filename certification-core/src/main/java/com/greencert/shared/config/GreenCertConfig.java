package com.greencert.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Named;
import java.util.Map;
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
    private Map<String, Quota> quotas;
    private RateLimit apiRateLimit;

    /**
     * A tenant's write quota for one kind of record ({@code greencert.quota.<kind>-per-minute}, {@code -total}):
     * at most {@code perMinute} created in a calendar minute and {@code total} in all; 0 means no limit.
     */
    public record Quota(long perMinute, long total) {
    }

    /**
     * The REST API's per-client rate limit on each node ({@code greencert.api.rate-limit.per-second}, {@code .burst}):
     * a token bucket refilled at {@code perSecond}, holding at most {@code burst}; a rate of 0 turns it off.
     */
    public record RateLimit(double perSecond, int burst) {
    }

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
        quotas = Map.of("products", quota(config, "products", 1000, 100_000),
                "facilities", quota(config, "facilities", 60, 5_000),
                "evidence", quota(config, "evidence", 120, 100_000));
        apiRateLimit = new RateLimit(config.getOptionalValue("greencert.api.rate-limit.per-second", Double.class).orElse(20.0),
                config.getOptionalValue("greencert.api.rate-limit.burst", Integer.class).orElse(100));
    }

    private static Quota quota(Config config, String kind, long perMinute, long total) {
        return new Quota(config.getOptionalValue("greencert.quota." + kind + "-per-minute", Long.class).orElse(perMinute),
                config.getOptionalValue("greencert.quota." + kind + "-total", Long.class).orElse(total));
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

    /** A tenant's write quota for {@code products}, {@code facilities} or {@code evidence}. */
    public Quota quota(String kind) {
        Quota quota = quotas.get(kind);
        if (quota == null) {
            throw new IllegalArgumentException("no quota for " + kind);
        }
        return quota;
    }

    public RateLimit apiRateLimit() {
        return apiRateLimit;
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
