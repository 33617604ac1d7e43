package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The platform administrator edits, suspends and reactivates a tenant through {@code /api/tenants/{id}}: a
 * suspended supplier leaves the public registry (search and public page) within seconds and its people, signing
 * in, land on a page that says why; reactivated, it returns. Only platform administrators may do any of it
 * (a tenant administrator is refused), and a transition that does not apply is a 409 problem. The demo supplier
 * Jiangsu Qingyuan is suspended for the test and reactivated at its end.
 */
@ExtendWith(StackExtension.class)
class TenantAdminIT {

    private static final String QINGYUAN = "jiangsu-qingyuan";
    private static Stack stack;
    private static Api api;
    private static String ada;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        ada = api.token("ada.admin");
    }

    @Test
    void a_suspended_supplier_leaves_the_registry_its_people_are_refused_and_it_returns_when_reactivated() throws Exception {
        awaitRegistry(ids -> ids.contains(QINGYUAN));
        try {
            Api.Reply suspended = api.call("PUT", "/api/tenants/" + QINGYUAN + "/suspension", ada, null, null);
            assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
            assertThat(suspended.json().getBoolean("suspended")).isTrue();
            Api.Reply again = api.call("PUT", "/api/tenants/" + QINGYUAN + "/suspension", ada, null, null);
            assertThat(again.status()).as(again.body()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");

            awaitRegistry(ids -> !ids.contains(QINGYUAN));
            assertThat(api.get("/api/public/suppliers/" + QINGYUAN, null).status()).isEqualTo(404);

            try (Browser browser = new Browser(stack.workDir.resolve("chromium"))) {
                browser.open(stack.portalUrl() + "/");
                browser.click(By.id("sign-in"));
                browser.signInAtKeycloak("wang.supplier", Api.DEMO_PASSWORD);
                assertThat(browser.await(By.id("tenant-suspended")).getText())
                        .contains("suspended").contains("contact the GreenCert platform administrator");
                assertThat(browser.driver.findElements(By.id("main-nav"))).isEmpty();
                // a view opened by its address lands there too
                browser.open(stack.portalUrl() + "/supplier/products");
                browser.await(By.id("tenant-suspended"));
                assertThat(browser.driver.findElements(By.id("products"))).isEmpty();
            }
        } finally {
            Api.Reply reactivated = api.call("DELETE", "/api/tenants/" + QINGYUAN + "/suspension", ada, null, null);
            assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
        }
        assertThat(api.call("DELETE", "/api/tenants/" + QINGYUAN + "/suspension", ada, null, null).status()).isEqualTo(409);
        awaitRegistry(ids -> ids.contains(QINGYUAN));
    }

    @Test
    void only_the_platform_administrator_may_edit_suspend_or_reactivate() {
        String tenantAdmin = api.token("sun.decider");
        String supplier = api.token("li.supplier");
        for (String token : List.of(tenantAdmin, supplier)) {
            assertThat(api.call("PUT", "/api/tenants/" + QINGYUAN + "/suspension", token, null, null).status()).isEqualTo(403);
            assertThat(api.call("DELETE", "/api/tenants/" + QINGYUAN + "/suspension", token, null, null).status()).isEqualTo(403);
            assertThat(api.call("PUT", "/api/tenants/zhejiang-greenpower", token, "application/json",
                    "{\"nameEn\":\"Taken over\"}").status()).isEqualTo(403);
        }
        assertThat(api.call("PUT", "/api/tenants/greencert-platform/suspension", ada, null, null).status()).isEqualTo(409);
        assertThat(api.call("PUT", "/api/tenants/no-such-tenant/suspension", ada, null, null).status()).isEqualTo(404);
    }

    @Test
    void the_platform_administrator_corrects_a_tenants_names_and_a_bad_value_is_a_problem() {
        Api.Reply edited = api.call("PUT", "/api/tenants/pacific-retail", ada, "application/json",
                "{\"nameEn\":\"Pacific Retail Inc.\",\"nameZh\":\"太平洋零售有限公司\",\"country\":\"US\"}");
        try {
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            assertThat(edited.json().getString("nameZh")).isEqualTo("太平洋零售有限公司");
            Api.Reply bad = api.call("PUT", "/api/tenants/pacific-retail", ada, "application/json",
                    "{\"nameEn\":\" \",\"country\":\"US\"}");
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
        } finally {
            api.call("PUT", "/api/tenants/pacific-retail", ada, "application/json",
                    "{\"nameEn\":\"Pacific Retail Inc.\",\"nameZh\":\"太平洋零售公司\",\"country\":\"US\"}");
        }
    }

    /** Waits (up to 30 s) until the registry's answer to a search for the supplier's Chinese name satisfies the test. */
    private static void awaitRegistry(Predicate<List<String>> test) throws InterruptedException {
        List<String> ids = List.of();
        for (long end = System.nanoTime() + 30_000_000_000L; System.nanoTime() < end; Thread.sleep(500)) {
            Api.Reply reply = api.get("/api/public/suppliers?q=" + URLEncoder.encode("清源", StandardCharsets.UTF_8), null);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            ids = reply.json().getJsonArray("suppliers").stream().map(v -> v.asJsonObject().getString("id")).toList();
            if (test.test(ids)) {
                return;
            }
        }
        throw new AssertionError("the registry did not change as expected within 30 s: " + ids);
    }
}
