package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The REST API with real Keycloak tokens against the real portal on MariaDB: who the caller is, tenant
 * isolation across tenants, and the tokens that must be refused with a problem+json 401.
 */
@ExtendWith(StackExtension.class)
class ApiSecurityIT {

    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
    }

    @ParameterizedTest(name = "{0} acts for {1} as {2}")
    @CsvSource({
        "anna.buyer, eurochem-buyer, BUYER, buyer",
        "ben.buyer, pacific-retail, BUYER, buyer",
        "li.supplier, zhejiang-greenpower, SUPPLIER, supplier",
        "wang.supplier, jiangsu-qingyuan, SUPPLIER, supplier",
        "chen.assessor, sinoeco-cert, CERTIFICATION_BODY, assessor",
        "zhou.reviewer, sinoeco-cert, CERTIFICATION_BODY, reviewer",
        "sun.decider, sinoeco-cert, CERTIFICATION_BODY, decision-maker",
        "lin.director, sinoeco-cert, CERTIFICATION_BODY, decision-maker",
        "gao.assessor, cqc-green, CERTIFICATION_BODY, assessor",
        "ma.reviewer, cqc-green, CERTIFICATION_BODY, reviewer",
        "he.decider, cqc-green, CERTIFICATION_BODY, decision-maker",
        "ada.admin, greencert-platform, PLATFORM, platform-admin"})
    void the_token_decides_the_callers_tenant_and_roles(String user, String tenant, String type, String role) {
        Api.Reply me = api.get("/api/me", api.token(user));

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        JsonObject json = me.json();
        assertThat(json.getString("username")).isEqualTo(user);
        assertThat(json.getString("tenantId")).isEqualTo(tenant);
        assertThat(json.getString("tenantType")).isEqualTo(type);
        assertThat(json.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains(role);
    }

    @Test
    void a_supplier_asking_for_another_suppliers_facility_gets_404() {
        String li = api.token("li.supplier");
        String wang = api.token("wang.supplier");
        Api.Reply created = api.post("/api/facilities", li, """
                {"name":"Ningbo warehouse","address":"1 Port Road, Beilun, Ningbo","country":"CN",
                 "activities":"Storage of packed lithium batteries"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().getString("id");

        assertThat(api.get("/api/facilities/" + id, li).status()).isEqualTo(200);
        Api.Reply foreign = api.get("/api/facilities/" + id, wang);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.json().getInt("status")).isEqualTo(404);
        assertThat(api.get("/api/facilities", wang).body()).doesNotContain(id).doesNotContain("Ningbo warehouse");
        assertThat(api.get("/api/facilities", li).body()).contains(id);
    }

    @Test
    void a_buyer_may_not_register_a_facility() {
        Api.Reply reply = api.post("/api/facilities", api.token("anna.buyer"), """
                {"name":"x","address":"y","country":"DE"}""");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo("caller.role.missing");
    }

    @Test
    void bad_input_is_a_400_problem_in_the_callers_language() {
        String li = api.token("li.supplier");
        Api.Reply badCountry = api.post("/api/facilities", li, """
                {"name":"Plant","address":"Somewhere","country":"XX"}""");
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(badCountry.json().getString("code")).isEqualTo("country.unknown");
        assertThat(badCountry.json().getString("detail")).contains("XX");

        Api.Reply malformed = api.post("/api/facilities", li, "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Api.Reply badId = api.get("/api/facilities/not-a-uuid", li);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().getString("code")).isEqualTo("id.malformed");
    }

    @Test
    void no_token_is_a_401_problem() {
        assertUnauthorized(api.get("/api/me", null));
    }

    @Test
    void a_tampered_token_is_a_401_problem() throws Exception {
        String tampered = ForgedTokens.tampered(api.token("wang.supplier"), "zhejiang-greenpower");
        assertUnauthorized(api.get("/api/facilities", tampered));
    }

    @Test
    void an_expired_token_is_a_401_problem() throws Exception {
        String expired = ForgedTokens.expiredCopyOf(api.token("li.supplier"));
        assertUnauthorized(api.get("/api/me", expired));
    }

    @Test
    void a_token_from_another_realm_is_a_401_problem() {
        Api.Reply master = api.form(stack.keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        assertThat(master.status()).as(master.body()).isEqualTo(200);
        assertUnauthorized(api.get("/api/me", master.json().getString("access_token")));
    }

    @Test
    void a_token_without_organization_is_a_401_problem() {
        assertUnauthorized(api.get("/api/me", api.token("nora.noorg")));
    }

    @Test
    void the_platform_admin_opens_a_tenant_with_its_first_administrator() {
        String ada = api.token("ada.admin");
        String alias = "it-buyer-" + System.currentTimeMillis() % 100000;
        Api.Reply created = api.post("/api/tenants", ada, """
                {"alias":"%s","nameEn":"IT Buyer AG","nameZh":"测试采购","type":"BUYER","country":"CH",
                 "adminUsername":"%s.admin","adminEmail":"admin@%s.example","adminFirstName":"Ida",
                 "adminLastName":"Tester"}""".formatted(alias, alias, alias));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String password = created.json().getString("temporaryPassword");
        assertThat(api.get("/api/tenants", ada).body()).contains(alias);
        // the new administrator exists with that one-time password, and must choose their own first
        Api.Reply login = api.tokenRequest(alias + ".admin", password);
        assertThat(login.body()).contains("Account is not fully set up");
        // a second tenant with the same id is refused
        assertThat(api.post("/api/tenants", ada, created.body().isEmpty() ? "" : """
                {"alias":"%s","nameEn":"Again","type":"BUYER","adminUsername":"x.admin","adminEmail":"x@y.example"}"""
                .formatted(alias)).status()).isEqualTo(409);
        // and nobody else may open tenants
        assertThat(api.get("/api/tenants", api.token("anna.buyer")).status()).isEqualTo(403);
    }

    private static void assertUnauthorized(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(401);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    static List<String> demoUsers() {
        return List.of("anna.buyer", "li.supplier", "chen.assessor", "ada.admin");
    }
}
