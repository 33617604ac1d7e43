package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The steps of a certification, through the REST API with real tokens, for the integration tests: a
 * supplier's product and evidence, an application to the demo body's GCE-SILVER scheme (criteria SDS and
 * REACH; or the second body's CGM-CHEM, which asks for the same), and the body's evaluation up to each state.
 */
final class CertificationSteps {

    final Api api;
    final Stack stack;

    CertificationSteps(Stack stack) {
        this.stack = stack;
        this.api = new Api(stack);
    }

    String product(String supplierToken) {
        Api.Reply r = api.post("/api/products", supplierToken, """
                {"nameEn":"Water-based degreaser %s","nameZh":"水性脱脂剂","hsCode":"340290",
                 "composition":[{"substanceName":"Ethanol","casNumber":"64-17-5","minPercent":5,"maxPercent":10}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getString("id");
    }

    String evidence(String token, String type, String title) {
        String metadata = """
                {"type":"%s","title":"%s","issuer":"SGS-CSTC Standards Technical Services (Shanghai)",
                 "issuedOn":"%s","language":"en","productIds":[],"facilityIds":[]}"""
                .formatted(type, title, LocalDate.now().minusMonths(2));
        Api.Reply r = api.upload("/api/evidence", token, metadata, "doc.pdf", "application/pdf", EvidenceApiIT.pdf(title), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getString("id");
    }

    String scheme(String token, String code) {
        return api.get("/api/schemes", token).jsonStructure().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
    }

    /** A draft covering one new product with current SDS and REACH declaration attached. */
    String completeDraft(String supplier) {
        return completeDraft(supplier, "GCE-SILVER");
    }

    /** The same for another scheme asking for an SDS and a REACH declaration (e.g. cqc-green's CGM-CHEM). */
    String completeDraft(String supplier, String schemeCode) {
        String product = product(supplier);
        String app = ok(api.post("/api/applications", supplier, "{\"schemeId\":\"" + scheme(supplier, schemeCode) + "\"}"), 201)
                .getString("id");
        act(supplier, app, "cover", "{\"productIds\":[\"" + product + "\"]}");
        act(supplier, app, "attach", "{\"evidenceId\":\"" + evidence(supplier, "SAFETY_DATA_SHEET", "SDS degreaser") + "\"}");
        act(supplier, app, "attach", "{\"evidenceId\":\"" + evidence(supplier, "REACH_DECLARATION", "REACH declaration") + "\"}");
        return app;
    }

    /** Submitted and evaluated by {@code assessor} without findings: waiting for the independent review. */
    String evaluated(String supplier, String assessor, String assessorName) {
        String app = completeDraft(supplier);
        act(supplier, app, "submit", "");
        act(assessor, app, "accept", "{\"note\":\"complete\"}");
        act(assessor, app, "review-criterion", "{\"criterion\":\"SDS\",\"conforms\":true}");
        act(assessor, app, "review-criterion", "{\"criterion\":\"REACH\",\"conforms\":true}");
        act(assessor, app, "plan-audit", "{\"plannedOn\":\"" + LocalDate.now() + "\",\"auditor\":\"" + assessorName
                + "\",\"mode\":\"REMOTE\"}");
        String report = evidence(assessor, "AUDIT_REPORT", "Remote audit report");
        recordAudit(assessor, app, report);
        act(assessor, app, "complete-evaluation", "");
        return app;
    }

    /** The assessor attaches the body's audit report to the application and records the audit as held today with it. */
    JsonObject recordAudit(String assessor, String app, String report) {
        act(assessor, app, "attach-audit-report", "{\"evidenceId\":\"" + report + "\"}");
        return act(assessor, app, "record-audit", "{\"heldOn\":\"" + LocalDate.now() + "\",\"reportEvidenceId\":\"" + report + "\"}");
    }

    JsonObject act(String token, String app, String action, String json) {
        return ok(api.post("/api/applications/" + app + "/" + action, token, json), 200);
    }

    /** Waits for a mail to the address about the application whose subject contains the text. */
    void awaitMail(String address, String application, String subjectText) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        List<String> seen = List.of();
        while (System.currentTimeMillis() < until) {
            seen = new ArrayList<>();
            for (MimeMessage m : stack.mailsTo(address)) {
                if (m.getContent().toString().contains("/applications/" + application)) {
                    seen.add(m.getSubject());
                }
            }
            if (seen.stream().anyMatch(subject -> subject.contains(subjectText))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + address + " about " + application + " saying " + subjectText
                + "; got " + seen + "; see " + stack.portalLog);
    }

    static JsonObject ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    static void assertProblem(Api.Reply reply, int status, String text) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).contains(text);
    }
}
