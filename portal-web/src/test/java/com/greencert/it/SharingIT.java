package com.greencert.it;

import static com.greencert.it.CertificationSteps.assertProblem;
import static com.greencert.it.CertificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sharing that ends when it should (ISO/IEC 17065 7.12 records, 7.13 confidentiality), through the API with
 * real tokens: a draft and its evidence are the supplier's alone until submitted; detaching, cancelling or a
 * refusal end the body's access to what it did not rely on; what it relied on stays readable as its record;
 * a supplier never learns which buyer complained.
 */
@ExtendWith(StackExtension.class)
class SharingIT {

    private static CertificationSteps steps;
    private static Api api;
    private static String li, anna, chen, zhou, sun;

    @BeforeAll
    static void setUp(Stack stack) {
        steps = new CertificationSteps(stack);
        api = steps.api;
        li = api.token("li.supplier");
        anna = api.token("anna.buyer");
        chen = api.token("chen.assessor");
        zhou = api.token("zhou.reviewer");
        sun = api.token("sun.decider");
    }

    private static int bodyReads(String evidence) {
        int meta = api.get("/api/evidence/" + evidence, chen).status();
        int content = api.get("/api/evidence/" + evidence + "/content", chen).status();
        assertThat(content).as("content and metadata agree").isEqualTo(meta);
        return meta;
    }

    private static String attached(String app, String type) {
        return ok(api.get("/api/applications/" + app, li), 200).getJsonArray("evidence").stream()
                .map(v -> v.asJsonObject()).filter(e -> e.getString("type").equals(type)).findFirst().orElseThrow()
                .getString("id");
    }

    @Test
    void a_draft_and_its_evidence_stay_the_suppliers_until_submitted_and_detaching_ends_the_bodys_access() {
        String app = steps.completeDraft(li);
        String sds = attached(app, "SAFETY_DATA_SHEET");
        String reach = attached(app, "REACH_DECLARATION");

        assertThat(api.get("/api/applications/" + app, chen).status()).as("draft seen by the body").isEqualTo(404);
        assertThat(api.get("/api/applications", chen).body()).doesNotContain(app);
        assertThat(api.get("/api/applications/queues", chen).body()).doesNotContain(app);
        assertThat(bodyReads(sds)).as("evidence of a draft").isEqualTo(404);

        steps.act(li, app, "submit", "");
        assertThat(api.get("/api/applications/" + app, chen).status()).isEqualTo(200);
        assertThat(bodyReads(sds)).isEqualTo(200);
        assertThat(bodyReads(reach)).isEqualTo(200);

        steps.act(chen, app, "return", "{\"reason\":\"The REACH declaration is for another product\"}");
        steps.act(li, app, "detach", "{\"evidenceId\":\"" + reach + "\"}");
        assertThat(bodyReads(reach)).as("detached").isEqualTo(404);
        assertThat(bodyReads(sds)).as("still attached").isEqualTo(200);

        String fresh = steps.evidence(li, "REACH_DECLARATION", "REACH declaration, corrected");
        steps.act(li, app, "attach", "{\"evidenceId\":\"" + fresh + "\"}");
        assertThat(bodyReads(fresh)).as("attached while returned, not yet resubmitted").isEqualTo(404);
        steps.act(li, app, "submit", "");
        assertThat(bodyReads(fresh)).isEqualTo(200);
    }

    @Test
    void cancelling_ends_access_to_what_the_body_did_not_rely_on_and_keeps_what_it_did_as_its_record() {
        String app = steps.completeDraft(li);
        String sds = attached(app, "SAFETY_DATA_SHEET");
        String reach = attached(app, "REACH_DECLARATION");
        steps.act(li, app, "submit", "");
        steps.act(chen, app, "accept", "{\"note\":\"complete\"}");
        steps.act(chen, app, "review-criterion", "{\"criterion\":\"SDS\",\"conforms\":true}");

        steps.act(li, app, "cancel", "{\"reason\":\"Product line discontinued\"}");
        assertThat(bodyReads(sds)).as("relied on: kept as the body's record").isEqualTo(200);
        assertThat(bodyReads(reach)).as("never examined: given back").isEqualTo(404);

        JsonObject grant = api.get("/api/evidence/" + sds + "/grants", li).jsonStructure().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(g -> g.getBoolean("active")).findFirst().orElseThrow();
        assertThat(grant.getBoolean("keptAsRecord")).isTrue();
        assertThat(grant.getString("application")).isEqualTo(app);
        assertProblem(api.delete("/api/evidence/" + sds + "/grants/sinoeco-cert", li), 409, "record");
        assertThat(bodyReads(sds)).isEqualTo(200);
    }

    @Test
    void a_refusal_ends_access_to_what_the_body_did_not_rely_on() {
        String app = steps.completeDraft(li);
        String extra = steps.evidence(li, "TEST_REPORT", "Flash point test report");
        steps.act(li, app, "attach", "{\"evidenceId\":\"" + extra + "\"}");
        String sds = attached(app, "SAFETY_DATA_SHEET");
        steps.act(li, app, "submit", "");
        assertThat(bodyReads(extra)).isEqualTo(200);
        assertProblem(api.delete("/api/evidence/" + extra + "/grants/sinoeco-cert", li), 409, "application");

        steps.act(chen, app, "accept", "{\"note\":\"complete\"}");
        steps.act(chen, app, "review-criterion", "{\"criterion\":\"SDS\",\"conforms\":true}");
        steps.act(chen, app, "review-criterion", "{\"criterion\":\"REACH\",\"conforms\":true}");
        steps.act(chen, app, "plan-audit", "{\"plannedOn\":\"" + java.time.LocalDate.now()
                + "\",\"auditor\":\"chen.assessor\",\"mode\":\"REMOTE\"}");
        String report = steps.evidence(chen, "AUDIT_REPORT", "Remote audit report");
        steps.recordAudit(chen, app, report);
        steps.act(chen, app, "complete-evaluation", "");
        steps.act(zhou, app, "review", "{\"recommendation\":\"REFUSE\",\"note\":\"Unsigned declaration\"}");
        steps.act(sun, app, "decide", "{\"outcome\":\"REFUSE\",\"reason\":\"Unsigned declaration\"}");

        assertThat(bodyReads(sds)).as("relied on").isEqualTo(200);
        assertThat(bodyReads(extra)).as("never examined").isEqualTo(404);
    }

    @Test
    void the_supplier_never_learns_which_buyer_complained_and_the_body_does() {
        String certified = steps.evaluated(li, chen, "chen.assessor");
        steps.act(zhou, certified, "review", "{\"recommendation\":\"GRANT\"}");
        steps.act(sun, certified, "decide", "{\"outcome\":\"GRANT\"}");
        assertThat(api.get("/api/applications/" + certified, anna).status()).as("a buyer reads no application").isEqualTo(404);
        String id = ok(api.post("/api/complaints", anna, "{\"certification\":\"" + certified
                + "\",\"subject\":\"Drum labels lack the GHS pictogram\"}"), 201).getString("id");

        JsonObject bySupplier = complaint(li, id);
        assertThat(bySupplier.getString("subject")).contains("GHS pictogram");
        assertThat(bySupplier.containsKey("complainantTenant") && !bySupplier.isNull("complainantTenant")).isFalse();
        assertThat(api.get("/api/complaints", li).body()).doesNotContain("eurochem-buyer", "anna.buyer");
        assertThat(complaint(chen, id).getString("complainantTenant")).isEqualTo("eurochem-buyer");
        assertThat(complaint(anna, id).getString("complainantTenant")).isEqualTo("eurochem-buyer");
    }

    private static JsonObject complaint(String token, String id) {
        Api.Reply list = api.get("/api/complaints", token);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.jsonStructure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
    }
}
