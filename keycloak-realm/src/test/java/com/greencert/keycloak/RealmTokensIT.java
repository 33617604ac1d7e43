package com.greencert.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Starts Keycloak once with the greencert realm and checks the tokens every demo user gets (password grant),
 * the portal's authorization code flow, the fixed signing key and the portal service account's admin rights.
 */
class RealmTokensIT {

    /** kid Keycloak derives from the fixed dev RSA key (base64url SHA-256 of the public key). */
    static final String DEV_KID = "8HrqCovTUVWj_YnLh42fXHmx1oIpf9E2DsPZ42nlYTA";

    record DemoUser(String username, String id, String org, List<String> roles, String email) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("anna.buyer", "d52e189d-8ff0-4a8b-ab45-605fc003515e", "eurochem-buyer", List.of("buyer", "tenant-admin"), "anna.buyer@eurochem.example"),
            new DemoUser("ben.buyer", "5fbd0e7a-7e0c-49a4-b61e-b62057b42fdf", "pacific-retail", List.of("buyer", "tenant-admin"), "ben.buyer@pacific-retail.example"),
            new DemoUser("li.supplier", "fbda9b50-b739-4ca8-9e49-09c27c156674", "zhejiang-greenpower", List.of("supplier", "tenant-admin"), "li.supplier@zj-greenpower.example"),
            new DemoUser("wang.supplier", "49ae676e-60a5-464e-80df-c44d779a2a0e", "jiangsu-qingyuan", List.of("supplier", "tenant-admin"), "wang.supplier@js-qingyuan.example"),
            new DemoUser("chen.assessor", "2bc74d62-f56d-402b-8964-5647f47faa24", "sinoeco-cert", List.of("assessor"), "chen.assessor@sinoeco.example"),
            new DemoUser("zhou.reviewer", "c99af589-0bae-4b9e-89cf-22ca8e9dad8a", "sinoeco-cert", List.of("reviewer"), "zhou.reviewer@sinoeco.example"),
            new DemoUser("sun.decider", "aa8ecee6-4325-467a-99ee-d45b6e0c9dbb", "sinoeco-cert", List.of("decision-maker", "tenant-admin"), "sun.decider@sinoeco.example"),
            new DemoUser("lin.director", "5d1c2b7e-8a43-4f1e-9b6d-2c7a0e4f9a31", "sinoeco-cert", List.of("assessor", "reviewer", "decision-maker"), "lin.director@sinoeco.example"),
            new DemoUser("gao.assessor", "ea908138-4f55-4e41-8d68-42ce9bb211a6", "cqc-green", List.of("assessor"), "gao.assessor@cqc-green.example"),
            new DemoUser("ma.reviewer", "4b95639a-0b11-4613-8886-9777192e066e", "cqc-green", List.of("reviewer"), "ma.reviewer@cqc-green.example"),
            new DemoUser("he.decider", "170ee324-8dcd-4c5d-8708-05c28fcfcf46", "cqc-green", List.of("decision-maker", "tenant-admin"), "he.decider@cqc-green.example"),
            new DemoUser("ada.admin", "5be173f7-2f2b-45fc-934c-7bccac0a5bcf", "greencert-platform", List.of("platform-admin"), "ada.admin@greencert.example"));

    static final Map<String, String> ORG_TYPES = Map.of(
            "eurochem-buyer", "BUYER",
            "pacific-retail", "BUYER",
            "zhejiang-greenpower", "SUPPLIER",
            "jiangsu-qingyuan", "SUPPLIER",
            "sinoeco-cert", "CERTIFICATION_BODY",
            "cqc-green", "CERTIFICATION_BODY",
            "greencert-platform", "PLATFORM");

    static KeycloakServer kc;
    static HttpClient http;

    @BeforeAll
    static void startKeycloak() throws Exception {
        Path home = Path.of(System.getProperty("greencert.keycloak.home",
                "../.keycloak/keycloak-" + KeycloakServer.keycloakVersion()));
        Path log = Path.of(System.getProperty("greencert.keycloak.log", "target/keycloak-it.log"));
        int httpPort = KeycloakServer.freePort();
        int mgmtPort = KeycloakServer.freePort();
        while (mgmtPort == httpPort) {
            mgmtPort = KeycloakServer.freePort();
        }
        long t0 = System.nanoTime();
        kc = KeycloakServer.start(new KeycloakServer.Options(home, httpPort, mgmtPort, log, Duration.ofMinutes(5)));
        System.out.printf("Keycloak ready at %s after %d ms%n", kc.baseUrl(), (System.nanoTime() - t0) / 1_000_000);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stopKeycloak() {
        if (http != null) {
            http.close();
        }
        if (kc != null) {
            kc.close();
        }
    }

    static Stream<DemoUser> users() {
        return USERS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void passwordGrantTokenCarriesTenantRolesAndFixedId(DemoUser u) throws Exception {
        JsonObject token = tokenRequest(Map.of("grant_type", "password", "client_id", "greencert-test",
                "username", u.username(), "password", "demo1234", "scope", "openid"));
        String accessToken = token.getString("access_token");
        JsonObject claims = jwtPart(accessToken, 1);

        assertThat(claims.getString("iss")).isEqualTo(kc.issuer());
        assertThat(claims.getString("sub")).isEqualTo(u.id());
        assertThat(claims.getString("preferred_username")).isEqualTo(u.username());
        assertThat(claims.getString("upn")).isEqualTo(u.username());
        assertThat(claims.getString("email")).isEqualTo(u.email());
        assertThat(claims.getString("given_name")).isNotBlank();
        assertThat(claims.getString("family_name")).isNotBlank();
        assertThat(claims.getString("locale")).isIn("en", "zh-CN");
        assertThat(strings(claims.get("organization"))).containsExactly(u.org());
        assertThat(strings(claims.get("groups"))).containsAll(u.roles());
        assertThat(strings(claims.get("aud"))).contains("greencert-api");
        assertThat(claims.getString("azp")).isEqualTo("greencert-test");

        assertThat(jwtPart(accessToken, 0).getString("kid")).isEqualTo(DEV_KID);
    }

    @Test
    void tokensAreSignedWithTheFixedDevKey() throws Exception {
        JsonObject jwks = getJson(kc.issuer() + "/protocol/openid-connect/certs", null);
        String fixedCert = fixedCertificateFromRealmJson();
        List<JsonObject> fixed = jwks.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.containsKey("x5c") && k.getJsonArray("x5c").getString(0).equals(fixedCert))
                .toList();
        assertThat(fixed).hasSize(1);
        assertThat(fixed.getFirst().getString("kid")).isEqualTo(DEV_KID);
        assertThat(fixed.getFirst().getString("alg")).isEqualTo("RS256");
        assertThat(DEV_KID).as("kid = base64url(SHA-256(public key))").isEqualTo(kidOf(fixedCert));

        String accessToken = tokenRequest(Map.of("grant_type", "password", "client_id", "greencert-test",
                "username", "anna.buyer", "password", "demo1234")).getString("access_token");
        assertThat(jwtPart(accessToken, 0).getString("kid")).isEqualTo(fixed.getFirst().getString("kid"));
    }

    @Test
    void portalServiceAccountListsOrganizationsWithTypeAndMembers() throws Exception {
        String accessToken = tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", "greencert-portal", "client_secret", "portal-dev-secret")).getString("access_token");
        JsonObject claims = jwtPart(accessToken, 1);
        assertThat(strings(claims.get("aud"))).contains("greencert-api");
        assertThat(claims.getString("sub")).isNotBlank();

        String admin = kc.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
        JsonArray orgs = getJsonArray(admin + "/organizations?briefRepresentation=false&max=100", accessToken);
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonObject org : orgs.getValuesAs(JsonObject.class)) {
            JsonObject attributes = org.getJsonObject("attributes");
            assertThat(attributes).as("attributes of %s", org.getString("alias")).isNotNull();
            types.put(org.getString("alias"), attributes.getJsonArray("type").getString(0));
            assertThat(org.getJsonArray("domains")).isNotEmpty();

            List<String> members = getJsonArray(admin + "/organizations/" + org.getString("id") + "/members", accessToken)
                    .getValuesAs(JsonObject.class).stream().map(m -> m.getString("username")).toList();
            assertThat(members).containsExactlyInAnyOrderElementsOf(USERS.stream()
                    .filter(u -> u.org().equals(org.getString("alias"))).map(DemoUser::username).toList());
        }
        assertThat(types).containsExactlyInAnyOrderEntriesOf(ORG_TYPES);
    }

    @Test
    void portalCodeFlowLogsInWithUsernameThenPasswordAndGetsTheSameClaims() throws Exception {
        // a browser stand-in: own cookie jar, no redirect following
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new LocalhostCookieJar())
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            String redirectUri = "http://localhost:1/callback";
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(kc.issuer()
                    + "/protocol/openid-connect/auth?client_id=greencert-portal&response_type=code&scope=openid&state=s1&redirect_uri="
                    + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            // organizations on: identity-first login, the username page comes first, then the password page
            page = postForm(browser, formAction(page.body()), Map.of("username", "li.supplier"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("name=\"password\"");
            page = postForm(browser, formAction(page.body()), Map.of("password", "demo1234"));
            assertThat(page.statusCode()).isEqualTo(302);
            String location = page.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(redirectUri);
            String code = Stream.of(URI.create(location).getRawQuery().split("&"))
                    .filter(q -> q.startsWith("code=")).map(q -> q.substring(5)).findFirst().orElseThrow();

            JsonObject token = tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                    "redirect_uri", redirectUri, "client_id", "greencert-portal", "client_secret", "portal-dev-secret"));
            JsonObject claims = jwtPart(token.getString("access_token"), 1);
            assertThat(claims.getString("azp")).isEqualTo("greencert-portal");
            assertThat(claims.getString("sub")).isEqualTo("fbda9b50-b739-4ca8-9e49-09c27c156674");
            assertThat(claims.getString("preferred_username")).isEqualTo("li.supplier");
            assertThat(claims.getString("locale")).isEqualTo("zh-CN");
            assertThat(strings(claims.get("organization"))).containsExactly("zhejiang-greenpower");
            assertThat(strings(claims.get("groups"))).contains("supplier", "tenant-admin");
            assertThat(strings(claims.get("aud"))).contains("greencert-api");
            assertThat(token.getString("id_token")).isNotBlank();
        }
    }

    // ------------------------------------------------------------------------------------------

    /**
     * Keycloak sets its login cookies {@code Secure; SameSite=None} even over plain HTTP. Browsers send them to
     * {@code http://localhost} (a "potentially trustworthy" origin), but {@link java.net.CookieManager} drops
     * secure cookies on http. This jar keeps name=value pairs and sends them back like a browser on localhost.
     */
    static final class LocalhostCookieJar extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String header : values) {
                        String pair = header.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            String value = pair.substring(eq + 1).trim();
                            if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                                cookies.remove(pair.substring(0, eq).trim());
                            } else {
                                cookies.put(pair.substring(0, eq).trim(), value);
                            }
                        }
                    }
                }
            });
        }
    }

    static String formAction(String html) {
        Matcher m = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("login form in %s", html).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    static HttpResponse<String> postForm(HttpClient client, String url, Map<String, String> form)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static JsonObject tokenRequest(Map<String, String> form) throws IOException, InterruptedException {
        String body = formBody(form);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kc.issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("token response %s", r.body()).isEqualTo(200);
        return parse(r.body()).asJsonObject();
    }

    static JsonObject getJson(String url, String bearer) throws IOException, InterruptedException {
        return get(url, bearer).asJsonObject();
    }

    static JsonArray getJsonArray(String url, String bearer) throws IOException, InterruptedException {
        return get(url, bearer).asJsonArray();
    }

    static JsonValue get(String url, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s -> %s", url, r.body()).isEqualTo(200);
        return parse(r.body());
    }

    static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** Decodes part 0 (header) or 1 (claims) of a JWT. */
    static JsonObject jwtPart(String jwt, int part) {
        String[] parts = jwt.split("\\.");
        return parse(new String(Base64.getUrlDecoder().decode(parts[part]), StandardCharsets.UTF_8)).asJsonObject();
    }

    /** A claim that may be a string or an array of strings. */
    static List<String> strings(JsonValue v) {
        assertThat(v).isNotNull();
        if (v instanceof JsonString s) {
            return List.of(s.getString());
        }
        return v.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static String fixedCertificateFromRealmJson() throws IOException {
        try (InputStream in = KeycloakServer.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject().getJsonObject("components").getJsonArray("org.keycloak.keys.KeyProvider")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("providerId").equals("rsa"))
                    .findFirst().orElseThrow()
                    .getJsonObject("config").getJsonArray("certificate").getString(0);
        }
    }

    static String kidOf(String base64Cert) throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Cert)));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getPublicKey().getEncoded());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
