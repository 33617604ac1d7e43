package com.greencert.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Named;
import java.util.Map;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings that differ between a laptop and production, read through MicroProfile Config: every key can
 * be given as an environment variable ({@code greencert.keycloak.url} as {@code GREENCERT_KEYCLOAK_URL}).
 * Defaults, for the local run, are in {@code META-INF/microprofile-config.properties}. This is the one
 * place that reads them (and the JVM's own properties): everything else asks it, so each key, its type and
 * its default are written once (the architecture test forbids reading configuration anywhere else). The
 * datasource is the exception: the container resolves {@code ${MPCONFIG=greencert.db.*}} in its definition.
 */
@ApplicationScoped
@Named("greencertConfig")
public class GreenCertConfig {

    private String keycloakUrl;
    private String realm;
    private String portalClientId;
    private String portalClientSecret;
    private String publicUrl;
    private Path registryIndexDir;
    private Duration registryPoll;
    private Optional<URI> searchUrl;
    private String searchIndex;
    private Duration registryFeedRetention;
    private boolean demoSeed;
    private Map<String, Quota> quotas;
    private RateLimit apiRateLimit;
    private RateLimit verifyRateLimit;

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

    private long evidenceMaxBytes;
    private Path storageDir;
    private Duration abandonedUploadIdle;
    private Path tempDir;
    private Optional<Smtp> smtp;
    private String mailFrom;
    private Duration notificationPoll;
    private Duration reminderTick;
    private Duration reminderEvery;
    private Optional<Path> clockOffsetFile;
    private Duration notificationClaimTimeout;
    private OptionalInt notificationMaxAttempts;

    /** The SMTP server notification mails go to ({@code greencert.smtp.*}). */
    public record Smtp(String host, int port, boolean starttls, Optional<String> user, String password) {
    }
    private Set<String> trustedProxies;
    private Optional<String> credentialKek;
    private String credentialAlgorithm;

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
        evidenceMaxBytes = config.getOptionalValue("greencert.evidence.max-bytes", Long.class).orElse(200L * 1024 * 1024);
        tempDir = Path.of(System.getProperty("java.io.tmpdir"));
        storageDir = config.getOptionalValue("greencert.storage.dir", String.class).map(Path::of)
                .orElse(tempDir.resolve("greencert-blobs")).toAbsolutePath();
        abandonedUploadIdle = Duration.ofSeconds(config.getOptionalValue("greencert.storage.tmp-idle-seconds", Long.class)
                .orElse(120L));
        smtp = config.getOptionalValue("greencert.smtp.host", String.class).filter(h -> !h.isBlank())
                .map(host -> new Smtp(host, config.getOptionalValue("greencert.smtp.port", Integer.class).orElse(25),
                        config.getOptionalValue("greencert.smtp.starttls", Boolean.class).orElse(false),
                        config.getOptionalValue("greencert.smtp.user", String.class).filter(u -> !u.isBlank()),
                        config.getOptionalValue("greencert.smtp.password", String.class).orElse("")));
        mailFrom = config.getOptionalValue("greencert.mail.from", String.class).orElse("GreenCert <no-reply@greencert.example>");
        notificationPoll = Duration.ofSeconds(config.getOptionalValue("greencert.notification.poll-seconds", Long.class)
                .orElse(5L));
        reminderTick = Duration.ofSeconds(Math.max(1, config.getOptionalValue("greencert.reminder.tick-seconds", Long.class)
                .orElse(300L)));
        reminderEvery = Duration.ofSeconds(Math.max(1, config.getOptionalValue("greencert.reminder.every-seconds", Long.class)
                .orElse(3600L)));
        clockOffsetFile = config.getOptionalValue("greencert.test.clock-offset-file", String.class).filter(f -> !f.isBlank())
                .map(Path::of);
        notificationClaimTimeout = Duration.ofSeconds(config.getOptionalValue(
                "greencert.notification.claim-timeout-seconds", Long.class).orElse(300L));
        notificationMaxAttempts = config.getOptionalValue("greencert.notification.max-attempts", Integer.class)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
        quotas = Map.of("products", quota(config, "products", 1000, 100_000),
                "facilities", quota(config, "facilities", 60, 5_000),
                "evidence", quota(config, "evidence", 120, 100_000));
        credentialKek = config.getOptionalValue("greencert.credential.kek", String.class).filter(k -> !k.isBlank());
        credentialAlgorithm = config.getOptionalValue("greencert.credential.algorithm", String.class).orElse("EdDSA");
        registryIndexDir = config.getOptionalValue("greencert.registry.index-dir", String.class).filter(d -> !d.isBlank())
                .map(Path::of).orElse(tempDir.resolve("greencert-registry-index")).toAbsolutePath();
        registryPoll = Duration.ofMillis(config.getOptionalValue("greencert.registry.poll-millis", Long.class).orElse(2000L));
        searchUrl = config.getOptionalValue("greencert.search.url", String.class).filter(u -> !u.isBlank()).map(URI::create);
        searchIndex = config.getOptionalValue("greencert.search.index", String.class).filter(i -> !i.isBlank())
                .orElse("greencert-registry");
        registryFeedRetention = Duration.ofDays(Math.max(1, config.getOptionalValue("greencert.registry.feed-retention-days",
                Long.class).orElse(7L)));
        apiRateLimit = new RateLimit(config.getOptionalValue("greencert.api.rate-limit.per-second", Double.class).orElse(20.0),
                config.getOptionalValue("greencert.api.rate-limit.burst", Integer.class).orElse(100));
        verifyRateLimit = new RateLimit(config.getOptionalValue("greencert.verify.rate-limit.per-second", Double.class)
                .orElse(5.0), config.getOptionalValue("greencert.verify.rate-limit.burst", Integer.class).orElse(30));
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

    /**
     * The public verification's own limit per client address on each node ({@code greencert.verify.rate-limit.per-second},
     * {@code .burst}; default 5 a second, bursts of 30; 0 turns it off), on top of the API's: anyone may call it
     * without an account, and each call checks a signature.
     */
    public RateLimit verifyRateLimit() {
        return verifyRateLimit;
    }

    /**
     * Where this node keeps its public-registry search index ({@code greencert.registry.index-dir}, default
     * {@code <tmp>/greencert-registry-index}); per node, rebuilt from the database when missing (ADR 0018).
     */
    public Path registryIndexDir() {
        return registryIndexDir;
    }

    /** How often this node reads the registry's change feed ({@code greencert.registry.poll-millis}, 2000). */
    public Duration registryPoll() {
        return registryPoll;
    }

    /**
     * The OpenSearch cluster the registry searches ({@code greencert.search.url}, e.g. {@code http://search:9200});
     * empty: each node keeps its own embedded Lucene index (ADR 0018).
     */
    public Optional<URI> searchUrl() {
        return searchUrl;
    }

    /** The OpenSearch alias of the registry's index ({@code greencert.search.index}, default {@code greencert-registry}). */
    public String searchIndex() {
        return searchIndex;
    }

    /**
     * How long entries of the registry's change feed are kept ({@code greencert.registry.feed-retention-days}, 7,
     * at least 1): a node whose index is older than that rebuilds it from the database at its next round.
     */
    public Duration registryFeedRetention() {
        return registryFeedRetention;
    }

    /** The largest evidence file accepted, in bytes ({@code greencert.evidence.max-bytes}, default 200 MiB). */
    public long evidenceMaxBytes() {
        return evidenceMaxBytes;
    }

    /** Where the blob store keeps evidence files ({@code greencert.storage.dir}, default {@code <tmp>/greencert-blobs}). */
    public Path storageDir() {
        return storageDir;
    }

    /** How long an upload's temporary file must be idle to count as abandoned ({@code greencert.storage.tmp-idle-seconds}, 120). */
    public Duration abandonedUploadIdle() {
        return abandonedUploadIdle;
    }

    /** This node's temporary directory ({@code java.io.tmpdir}), where the REST API's multipart reader spools. */
    public Path tempDir() {
        return tempDir;
    }

    /** The SMTP server for notification mails, if {@code greencert.smtp.host} names one (else mails go to the log). */
    public Optional<Smtp> smtp() {
        return smtp;
    }

    /** The sender of notification mails ({@code greencert.mail.from}). */
    public String mailFrom() {
        return mailFrom;
    }

    /** How often each node looks at the outbox ({@code greencert.notification.poll-seconds}, 5). */
    public Duration notificationPoll() {
        return notificationPoll;
    }

    /** How often each node asks whether the reminders scan is due ({@code greencert.reminder.tick-seconds}, 300). */
    public Duration reminderTick() {
        return reminderTick;
    }

    /** How often one node of the cluster scans for reminders ({@code greencert.reminder.every-seconds}, 3600). */
    public Duration reminderEvery() {
        return reminderEvery;
    }

    /**
     * TESTS ONLY ({@code greencert.test.clock-offset-file}): a file holding an ISO-8601 duration (e.g. {@code P30D})
     * by which the application's clock runs ahead of the system clock, re-read while running, so that an
     * integration test moves time forward on every node at once. Never set in production.
     */
    public Optional<Path> clockOffsetFile() {
        return clockOffsetFile;
    }

    /** When a notification left sending counts as abandoned ({@code greencert.notification.claim-timeout-seconds}, 300). */
    public Duration notificationClaimTimeout() {
        return notificationClaimTimeout;
    }

    /** How often a notification is tried before it fails ({@code greencert.notification.max-attempts}; default: the retry policy's). */
    public OptionalInt notificationMaxAttempts() {
        return notificationMaxAttempts;
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

    /**
     * The key-encryption key of the bodies' signing keys ({@code greencert.credential.kek}, env
     * {@code GREENCERT_CREDENTIAL_KEK}): base64 of 32 random bytes. No default: without it nothing is issued
     * (the local run script and the test harness set a development key).
     */
    public Optional<String> credentialKek() {
        return credentialKek;
    }

    /** The algorithm of new signing keys ({@code greencert.credential.algorithm}): {@code EdDSA} (default) or {@code ES256}. */
    public String credentialAlgorithm() {
        return credentialAlgorithm;
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

    /**
     * Where the portal sends the browser to sign in: its own relay, which adds the reader's language and
     * forwards to {@link #keycloakAuthorizationEndpoint()} (the authorization endpoint of the sign-in mechanism).
     */
    public String getSignInRelayUri() {
        return publicUrl() + "/sign-in/keycloak";
    }

    /** Keycloak's authorization endpoint, as the browser reaches it (the issuer is the public Keycloak URL). */
    public String keycloakAuthorizationEndpoint() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    public String getLogoutRedirectUri() {
        return publicUrl() + "/";
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
