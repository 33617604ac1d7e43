package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tamper-evident audit log on the real stack (MariaDB, Keycloak, Payara): evidence downloads and
 * grants are recorded in the owner's ledger, the chain checks out intact, a row altered or deleted
 * directly in the database is named exactly by {@code /api/audit/verify}, a call that fails leaves no entry,
 * and only the ledger tenant's administrators and the platform operator may look. Every tampered row is
 * put back before the test ends, so the ledger (zhejiang-greenpower) stays intact for other tests.
 */
@ExtendWith(StackExtension.class)
class AuditChainIT {

    private static final String LEDGER = "zhejiang-greenpower";
    private static Api api;
    private static Stack stack;
    private static String li;
    private static String wang;
    private static String ada;
    private static String chen;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        li = api.token("li.supplier");      // supplier and tenant-admin of zhejiang-greenpower
        wang = api.token("wang.supplier");  // supplier and tenant-admin of jiangsu-qingyuan
        ada = api.token("ada.admin");       // platform-admin
        chen = api.token("chen.assessor");  // assessor of sinoeco-cert, not a tenant-admin
    }

    @Test
    void evidence_events_are_chained_and_an_altered_row_is_named_exactly() throws Exception {
        String evidenceId = evidenceEvents();
        JsonObject verified = verify(li, null);
        assertThat(verified.getString("ledger")).isEqualTo(LEDGER);
        assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();
        assertThat(verified.getJsonNumber("checked").longValue()).isGreaterThanOrEqualTo(4);
        assertThat(verified.isNull("brokenSeq")).isTrue();

        List<JsonObject> ours = entriesOf(evidenceId);
        assertThat(ours).extracting(e -> e.getString("action")).containsExactly("evidence.access.revoked",
                "evidence.downloaded", "evidence.downloaded", "evidence.access.granted");
        assertThat(ours).extracting(e -> e.getString("detail")).containsExactly("grantee=sinoeco-cert",
                "reader=sinoeco-cert", "reader=" + LEDGER, "grantee=sinoeco-cert");
        assertThat(ours.get(1).getString("actorUsername")).isEqualTo("chen.assessor");
        assertThat(ours.get(1).getString("actorTenant")).isEqualTo("sinoeco-cert");
        assertThat(ours.get(3).getString("actorUsername")).isEqualTo("li.supplier");
        assertThat(ours.get(0).getString("prevHash")).isEqualTo(ours.get(1).getString("hash"));

        JsonObject granted = ours.get(3);
        String id = granted.getString("id");
        try {
            sql("update audit_entry set detail = 'grantee=pacific-retail', action = 'evidence.access.refused' where id = ?", id);
            for (String token : List.of(li, ada)) {
                JsonObject broken = verify(token, LEDGER);
                assertThat(broken.getBoolean("intact")).isFalse();
                assertThat(broken.getJsonNumber("brokenSeq").longValue()).isEqualTo(granted.getJsonNumber("seq").longValue());
                assertThat(broken.getString("brokenEntryId")).isEqualTo(id);
                assertThat(broken.getString("reason")).isEqualTo("ENTRY_ALTERED");
            }
        } finally {
            sql("update audit_entry set detail = ?, action = ? where id = ?", granted.getString("detail"),
                    granted.getString("action"), id);
        }
        assertThat(verify(li, null).getBoolean("intact")).isTrue();
    }

    @Test
    void a_deleted_middle_row_is_found_at_the_entry_after_it() throws Exception {
        String evidenceId = evidenceEvents();
        List<JsonObject> ours = entriesOf(evidenceId);
        JsonObject deleted = ours.get(2);   // li's download: entries follow it
        JsonObject next = ours.get(1);
        // kept byte for byte in a side table, to be put back
        execute("drop table if exists audit_it_saved");
        execute("create table audit_it_saved as select * from audit_entry where id = ?", deleted.getString("id"));
        try {
            sql("delete from audit_entry where id = ?", deleted.getString("id"));
            JsonObject broken = verify(li, null);
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getJsonNumber("brokenSeq").longValue()).isEqualTo(next.getJsonNumber("seq").longValue());
            assertThat(broken.getString("brokenEntryId")).isEqualTo(next.getString("id"));
            assertThat(broken.getString("reason")).isEqualTo("SEQUENCE_GAP");
        } finally {
            sql("insert into audit_entry select * from audit_it_saved");
            execute("drop table audit_it_saved");
        }
        assertThat(verify(li, null).getBoolean("intact")).isTrue();
    }

    @Test
    void a_download_that_fails_leaves_no_entry() throws Exception {
        byte[] pdf = EvidenceApiIT.pdf("Audit rollback " + UUID.randomUUID());
        String id = upload(pdf);
        long before = newestSeq();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        Files.delete(stack.workDir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));

        assertThat(api.get("/api/evidence/" + id + "/content", li).status()).isEqualTo(500);

        assertThat(newestSeq()).isEqualTo(before);
        assertThat(verify(li, null).getBoolean("intact")).isTrue();
    }

    @Test
    void only_the_ledgers_tenant_admins_and_the_platform_operator_may_look() {
        for (String path : List.of("/api/audit/verify?ledger=" + LEDGER, "/api/audit/entries?ledger=" + LEDGER)) {
            Api.Reply foreign = api.get(path, wang);
            assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
            assertThat(foreign.contentType()).startsWith("application/problem+json");
            assertThat(foreign.json().getString("code")).isEqualTo("audit.access.denied");
            assertThat(api.get(path, ada).status()).isEqualTo(200);
        }
        Api.Reply notAdmin = api.get("/api/audit/verify", chen);
        assertThat(notAdmin.status()).as(notAdmin.body()).isEqualTo(403);
        assertThat(api.get("/api/audit/verify", null).status()).isEqualTo(401);
        assertThat(api.get("/api/audit/verify?ledger=Not%20A%20Tenant", ada).status()).isEqualTo(400);
        assertThat(api.get("/api/audit/verify", wang).json().getString("ledger")).isEqualTo("jiangsu-qingyuan");
    }

    /** Upload (not audited), grant to sinoeco-cert, download by li and by chen, revoke: four entries. */
    private static String evidenceEvents() {
        String id = upload(EvidenceApiIT.pdf("Audit trail " + UUID.randomUUID()));
        assertThat(api.post("/api/evidence/" + id + "/grants/sinoeco-cert", li, "").status()).isEqualTo(200);
        assertThat(api.get("/api/evidence/" + id + "/content", li).status()).isEqualTo(200);
        assertThat(api.get("/api/evidence/" + id + "/content", chen).status()).isEqualTo(200);
        Api.Reply revoked = Api.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/evidence/" + id
                + "/grants/sinoeco-cert")).header("Authorization", "Bearer " + li).DELETE());
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        return id;
    }

    private static JsonObject verify(String token, String ledger) {
        Api.Reply reply = api.get("/api/audit/verify" + (ledger == null ? "" : "?ledger=" + ledger), token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The newest entries about one piece of evidence, newest first. */
    private static List<JsonObject> entriesOf(String evidenceId) {
        Api.Reply reply = api.get("/api/audit/entries?limit=50", li);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> all = ((JsonArray) reply.jsonStructure()).getValuesAs(JsonObject.class);
        assertThat(all).extracting(e -> e.getJsonNumber("seq").longValue()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        return all.stream().filter(e -> e.getString("subjectId").equals(evidenceId)).toList();
    }

    private static long newestSeq() {
        JsonArray newest = (JsonArray) api.get("/api/audit/entries?limit=1", li).jsonStructure();
        return newest.isEmpty() ? 0 : newest.getJsonObject(0).getJsonNumber("seq").longValue();
    }

    private static String upload(byte[] pdf) {
        Api.Reply created = api.upload("/api/evidence", li, """
                {"type":"TEST_REPORT","title":"Audit trail","issuer":"SGS","issuedOn":"2026-01-15","language":"en",
                 "productIds":[],"facilityIds":[]}""", "report.pdf", "application/pdf", pdf, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(stack.jdbcUrl(), "greencert", "greencert");
    }

    /** One statement that must change exactly one row. */
    private static void sql(String statement, Object... parameters) throws Exception {
        assertThat(execute(statement, parameters)).as(statement).isEqualTo(1);
    }

    private static int execute(String statement, Object... parameters) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }
}
