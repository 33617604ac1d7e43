package com.greencert.it;

import static com.greencert.it.CertificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Certification body against certification body, on the real stack: li.supplier applies to SinoEco
 * (sinoeco-cert, GCE-SILVER) and to Cathay Green (cqc-green, CGM-CHEM). Each body's staff reach their own
 * body's file and get 404 on the other's application (reading it and acting on it), its evidence, its
 * schemes (revising, versioning) and its accreditation scope (writing), and never see the other's
 * applications in lists or work queues, its conflicts of interest or its audit entries. Every test runs
 * in both directions.
 */
@ExtendWith(StackExtension.class)
class BodyIsolationIT {

    /** One body as the tests see it: its staff's tokens, its scheme, li.supplier's submitted file. */
    record Body(String alias, String schemeCode, String assessor, String reviewer, String admin, String app,
            String evidence, String conflictBy) {
        List<String> staff() {
            return List.of(assessor, reviewer, admin);
        }

        @Override
        public String toString() {
            return alias;
        }
    }

    private static CertificationSteps steps;
    private static Api api;
    private static Body sinoEco;
    private static Body cathay;
    private static String li;

    @BeforeAll
    static void setUp(Stack stack) {
        steps = new CertificationSteps(stack);
        api = steps.api;
        li = api.token("li.supplier");
        String supplier = newSupplierTenant(api.token("ada.admin"));
        sinoEco = body("sinoeco-cert", "GCE-SILVER", "chen.assessor", "zhou.reviewer", "sun.decider", supplier);
        cathay = body("cqc-green", "CGM-CHEM", "gao.assessor", "ma.reviewer", "he.decider", supplier);
    }

    static Stream<Body[]> bothWays() {
        return Stream.of(new Body[] {cathay, sinoEco}, new Body[] {sinoEco, cathay});
    }

    @ParameterizedTest(name = "{0} staff on a file of {1}")
    @MethodSource("bothWays")
    void a_bodys_staff_get_404_on_the_other_bodys_application_and_its_evidence(Body own, Body other) {
        assertThat(api.get("/api/applications/" + own.app(), own.assessor()).status()).isEqualTo(200);
        assertThat(api.get("/api/evidence/" + own.evidence(), own.assessor()).status()).isEqualTo(200);

        for (String token : own.staff()) {
            assertNotFound(api.get("/api/applications/" + other.app(), token));
            assertNotFound(api.get("/api/evidence/" + other.evidence(), token));
            assertNotFound(api.get("/api/evidence/" + other.evidence() + "/content", token));
        }
        assertNotFound(api.post("/api/applications/" + other.app() + "/accept", own.assessor(), "{\"note\":\"mine now\"}"));
        assertNotFound(api.post("/api/applications/" + other.app() + "/return", own.assessor(), "{\"reason\":\"x\"}"));
        assertNotFound(api.post("/api/applications/" + other.app() + "/decide", own.admin(), "{\"outcome\":\"REFUSE\",\"reason\":\"x\"}"));
        // and nothing happened to it
        JsonObject untouched = ok(api.get("/api/applications/" + other.app(), other.assessor()), 200);
        assertThat(untouched.getString("status")).isEqualTo("SUBMITTED");
    }

    @ParameterizedTest(name = "{0} staff do not see the lists and queues of {1}")
    @MethodSource("bothWays")
    void neither_body_sees_the_others_applications_or_work_queues(Body own, Body other) {
        assertThat(queued(own.assessor())).contains(own.app());
        for (String token : own.staff()) {
            assertThat(listed(token)).doesNotContain(other.app());
            assertThat(queued(token)).doesNotContain(other.app());
        }
    }

    @ParameterizedTest(name = "{0} administrator on the schemes and scope of {1}")
    @MethodSource("bothWays")
    void a_bodys_administrator_gets_404_on_the_other_bodys_schemes_and_accreditation(Body own, Body other) {
        String otherScheme = steps.scheme(li, other.schemeCode());
        String draft = """
                {"code":"%s","nameEn":"Taken over","validityMonths":12,"surveillanceMonths":6,
                 "criteria":[{"code":"SDS","titleEn":"SDS","evidenceTypes":["SAFETY_DATA_SHEET"]}]}""".formatted(other.schemeCode());
        assertNotFound(Api.send(HttpRequest.newBuilder(URI.create(steps.stack.portalUrl() + "/api/schemes/" + otherScheme))
                .header("Authorization", "Bearer " + own.admin()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(draft))));
        assertNotFound(api.post("/api/schemes/" + otherScheme + "/next-version", own.admin(), ""));
        assertThat(codes(own.admin())).contains(own.schemeCode()).doesNotContain(other.schemeCode());

        String otherScope = api.get("/api/accreditations?body=" + other.alias(), li).body();
        Api.Reply accredit = api.post("/api/accreditations", own.admin(),
                "{\"schemeCode\":\"" + other.schemeCode() + "\",\"hsChapters\":[\"85\"]}");
        assertThat(accredit.status()).as("another body's scheme is as unknown as none").isEqualTo(400);
        assertThat(accredit.body()).contains("accreditation.scheme.unknown");
        assertThat(api.get("/api/accreditations?body=" + other.alias(), li).body()).isEqualTo(otherScope);
        assertThat(api.get("/api/accreditations?body=" + own.alias(), li).body()).doesNotContain(other.schemeCode());
    }

    @ParameterizedTest(name = "{0} staff do not see the conflicts and audit entries of {1}")
    @MethodSource("bothWays")
    void neither_body_sees_the_others_conflicts_or_audit_entries(Body own, Body other) {
        assertThat(conflictsBy(own.admin())).contains(own.conflictBy()).doesNotContain(other.conflictBy());
        for (String token : own.staff()) {
            assertThat(conflictsBy(token)).doesNotContain(other.conflictBy());
        }

        Api.Reply ownLedger = api.get("/api/audit/entries?limit=500", own.admin());
        assertThat(ownLedger.status()).as(ownLedger.body()).isEqualTo(200);
        assertThat(ownLedger.body()).contains(own.app()).doesNotContain(other.app());
        // another tenant's ledger is closed to a tenant administrator, whichever tenant it is (documented 403)
        Api.Reply foreign = api.get("/api/audit/entries?ledger=" + other.alias(), own.admin());
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain(other.app());
        assertThat(api.get("/api/audit/verify?ledger=" + other.alias(), own.admin()).status()).isEqualTo(403);
    }

    // ---------------------------------------------------------------------------------------------

    /** li.supplier's submitted application to the body, and a conflict its assessor declared with a new supplier. */
    private static Body body(String alias, String schemeCode, String assessor, String reviewer, String admin,
            String conflictSupplier) {
        String assessorToken = api.token(assessor);
        String app = steps.completeDraft(li, schemeCode);
        JsonObject submitted = steps.act(li, app, "submit", "");
        assertThat(submitted.getString("body")).isEqualTo(alias);
        String evidence = submitted.getJsonArray("evidence").getJsonObject(0).getString("id");
        ok(api.post("/api/conflicts", assessorToken, "{\"supplier\":\"" + conflictSupplier
                + "\",\"reason\":\"Consulted for them in 2024\"}"), 201);
        return new Body(alias, schemeCode, assessorToken, api.token(reviewer), api.token(admin), app, evidence, assessor);
    }

    /** A supplier tenant of its own, so that the conflicts declared here bind nobody in other tests. */
    private static String newSupplierTenant(String platformAdmin) {
        String alias = "it-iso-" + UUID.randomUUID().toString().substring(0, 8);
        ok(api.post("/api/tenants", platformAdmin, """
                {"alias":"%s","nameEn":"Isolation Test Supplier","nameZh":"隔离测试供应商","type":"SUPPLIER","country":"CN",
                 "adminUsername":"%s.admin","adminEmail":"admin@%s.example","adminFirstName":"Iso","adminLastName":"Tester"}"""
                .formatted(alias, alias, alias)), 201);
        return alias;
    }

    private static void assertNotFound(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static List<String> listed(String token) {
        Api.Reply r = api.get("/api/applications", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonStructure().asJsonArray().stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static List<String> queued(String token) {
        JsonObject queues = ok(api.get("/api/applications/queues", token), 200);
        return queues.values().stream().flatMap(q -> q.asJsonArray().stream())
                .map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static List<String> codes(String token) {
        Api.Reply r = api.get("/api/schemes", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonStructure().asJsonArray().stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    private static List<String> conflictsBy(String token) {
        Api.Reply r = api.get("/api/conflicts", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(c -> c.getString("username")).toList();
    }
}
