package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers every answer carries, as served: a Content-Security-Policy (a per-request nonce for the
 * portal's pages, nothing at all for the API), nosniff, a referrer policy, no framing, HSTS only over HTTPS,
 * a SameSite session cookie; and what the server no longer shows: WADL, metrics, Payara's error pages.
 */
@ExtendWith(StackExtension.class)
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static Stack stack;
    private static String li;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        li = new Api(s).token("li.supplier");
    }

    @Test
    void the_portal_page_runs_under_a_nonce_based_content_security_policy() throws Exception {
        HttpResponse<String> page = send("GET", "/");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = header(page, "Content-Security-Policy");
        assertThat(csp).isEqualTo("default-src 'self'; script-src 'self' 'nonce-" + nonce(csp) + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        List<String> scripts = Pattern.compile("<script[^>]*>").matcher(page.body()).results()
                .map(m -> m.group()).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce(csp) + "\""));
        assertThat(nonce(header(send("GET", "/"), "Content-Security-Policy"))).isNotEqualTo(nonce(csp));
        assertSafeHeaders(page);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void api_answers_allow_nothing_to_run_or_frame_them() throws Exception {
        for (HttpResponse<String> reply : List.of(send("GET", "/api/me", "Authorization", "Bearer " + li),
                send("GET", "/api/no-such-thing", "Authorization", "Bearer " + li), send("GET", "/api/me"))) {
            assertThat(header(reply, "Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertSafeHeaders(reply);
        }
    }

    @Test
    void hsts_only_when_served_over_https_through_a_trusted_proxy() throws Exception {
        // the stack trusts X-Forwarded-Proto from 127.0.0.1 (greencert.trusted-proxies)
        assertThat(header(send("GET", "/", "X-Forwarded-Proto", "https"), "Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
        assertThat(header(send("GET", "/api/me", "X-Forwarded-Proto", "https"), "Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
        assertThat(send("GET", "/", "X-Forwarded-Proto", "http").headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
        assertThat(send("GET", "/").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only() throws Exception {
        String cookie = send("GET", "/").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        // served over plain HTTP to a public URL that is plain HTTP too: not Secure (see ADR 0011)
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void no_wadl_and_no_public_metrics() throws Exception {
        HttpResponse<String> options = send("OPTIONS", "/api/me", "Authorization", "Bearer " + li);
        assertThat(options.statusCode()).isLessThan(500);
        assertThat(options.headers().firstValue("Content-Type").orElse("")).doesNotContain("wadl");
        assertThat(options.body()).doesNotContainIgnoringCase("wadl").doesNotContainIgnoringCase("jersey");
        HttpResponse<String> wadl = send("GET", "/api/application.wadl", "Authorization", "Bearer " + li);
        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(wadl.body()).doesNotContainIgnoringCase("jersey");

        HttpResponse<String> metrics = send("GET", "/metrics");
        assertThat(metrics.statusCode()).isIn(401, 403, 404);
        assertThat(metrics.body()).doesNotContain("# TYPE");
    }

    @Test
    void the_products_own_error_pages_replace_payaras() throws Exception {
        for (HttpResponse<String> page : List.of(send("GET", "/VAADIN/no-such-file.js"), send("POST", "/login"))) {
            assertThat(page.statusCode()).isIn(404, 405);
            assertThat(header(page, "Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("GreenCert").doesNotContain("Payara").doesNotContain("Exception");
            assertSafeHeaders(page);
        }
        HttpResponse<String> chinese = send("GET", "/VAADIN/no-such-file.js", "Accept-Language", "zh-CN");
        assertThat(chinese.body()).containsPattern("\\p{IsHan}");

        HttpResponse<String> api = send("GET", "/api/no-such-thing", "Authorization", "Bearer " + li,
                "Accept-Language", "zh-CN");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(header(api, "Content-Type")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"code\":\"resource.not.found\"").containsPattern("\\p{IsHan}");
    }

    @Test
    void the_bearer_scheme_is_case_insensitive() throws Exception {
        for (String scheme : List.of("bearer", "BEARER", "Bearer")) {
            HttpResponse<String> me = send("GET", "/api/me", "Authorization", scheme + " " + li);
            assertThat(me.statusCode()).as(scheme + ": " + me.body()).isEqualTo(200);
            assertThat(me.body()).contains("li.supplier");
        }
    }

    private static void assertSafeHeaders(HttpResponse<String> reply) {
        assertThat(header(reply, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(reply, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(reply, "Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(reply.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    private static String nonce(String csp) {
        Matcher m = NONCE.matcher(csp);
        assertThat(m.find()).as(csp).isTrue();
        return m.group(1);
    }

    private static String header(HttpResponse<String> reply, String name) {
        return reply.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " in "
                + reply.uri() + " " + reply.statusCode() + " " + reply.headers().map()));
    }

    private static HttpResponse<String> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
