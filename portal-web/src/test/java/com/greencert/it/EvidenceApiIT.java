package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evidence vault through the REST API with real tokens: multipart upload, listing with hash and
 * expiry status, verified download, refusal of hostile files (nothing stored afterwards), idempotent
 * uploads, versions, sharing with a buyer by consent, and retiring a piece (every version; refused twice, for a
 * superseded version, for another tenant and while an undecided application carries it; no version, share,
 * application or UN 38.3 coverage afterwards, but the grantee still reads it).
 */
@ExtendWith(StackExtension.class)
class EvidenceApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static Api api;
    private static Stack stack;
    private static String li;
    private static String wang;
    private static String anna;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        li = api.token("li.supplier");
        wang = api.token("wang.supplier");
        anna = api.token("anna.buyer");
    }

    @Test
    void an_uploaded_pdf_is_listed_with_its_hash_and_downloaded_byte_for_byte() throws Exception {
        String title = "UN 38.3 test summary " + UUID.randomUUID();
        byte[] pdf = pdf(title);
        LocalDate expires = LocalDate.now().plusDays(30);
        Api.Reply created = upload(li, metadata("UN38_3_SUMMARY", title, expires), "un38-3.pdf", "application/pdf", pdf, null);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject json = created.json();
        String id = json.getString("id");
        assertThat(json.getString("sha256")).isEqualTo(sha256(pdf));
        assertThat(json.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
        assertThat(json.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(json.getString("expiryStatus")).isEqualTo("EXPIRING");
        assertThat(json.getInt("versionNo")).isEqualTo(1);

        JsonObject listed = find(api.get("/api/evidence", li), id);
        assertThat(listed.getString("sha256")).isEqualTo(sha256(pdf));
        assertThat(listed.getString("expiryStatus")).isEqualTo("EXPIRING");
        assertThat(listed.getString("title")).isEqualTo(title);
        assertThat(api.get("/api/evidence?type=UN38_3_SUMMARY&expiryStatus=EXPIRING", li).body()).contains(id);
        assertThat(api.get("/api/evidence?type=AUDIT_REPORT", li).body()).doesNotContain(id);
        assertThat(api.get("/api/evidence?expiryStatus=VALID", li).body()).doesNotContain(id);
        assertThat(api.get("/api/evidence/expiring", li).body()).contains(id);
        assertThat(api.get("/api/evidence/" + id, li).json().getString("issuedOn")).isEqualTo("2026-01-15");

        HttpResponse<byte[]> download = download(id, li);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment; filename=\"un38-3.pdf\""));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void hostile_or_broken_files_are_refused_with_a_problem_and_nothing_is_stored() throws Exception {
        String marker = "refused-" + UUID.randomUUID();
        assertRefused(upload(li, metadata("OTHER", marker + " elf", null), "tool.pdf", "application/pdf", elf(), null),
                415, "evidence.type.forbidden");
        assertRefused(upload(li, metadata("OTHER", marker + " zip", null), "data.zip", "application/zip", plainZip(), null),
                415, "evidence.type.forbidden");
        assertRefused(upload(li, metadata("TEST_REPORT", marker + " png", null), "report.pdf", "application/pdf", png(), null),
                415, "evidence.type.mismatch");
        assertRefused(upload(li, metadata("TEST_REPORT", marker + " bomb", null), "bom.xlsx", XLSX,
                zipBomb(50 * 1024 * 1024), null), 422, "evidence.zip.bomb");
        assertRefused(upload(li, metadata("TEST_REPORT", marker + " empty", null), "empty.pdf", "application/pdf",
                new byte[0], null), 422, "evidence.file.empty");
        byte[] justOver = padded(pdf(marker), (int) Stack.EVIDENCE_MAX_BYTES + 1024);
        assertRefused(upload(li, metadata("TEST_REPORT", marker + " big", null), "big.pdf", "application/pdf", justOver, null),
                413, "evidence.file.too.large");
        // refused by the HTTP listener before the application sees it (UploadHardeningIT: also with Expect: 100-continue)
        assertThat(declaredTooLarge(li).status()).isEqualTo(413);
        assertRefused(upload(li, "{\"type\":\"PASSPORT\",\"title\":\"" + marker + "\"}", "a.pdf", "application/pdf",
                pdf(marker), null), 400, "evidence.type.unknown");
        assertRefused(upload(li, "{not json", "a.pdf", "application/pdf", pdf(marker), null), 400,
                "evidence.metadata.unreadable");
        assertRefused(upload(anna, metadata("OTHER", marker + " buyer", null), "a.pdf", "application/pdf", pdf(marker), null),
                403, "caller.role.missing");

        assertThat(api.get("/api/evidence", li).body()).doesNotContain(marker);
        try (var tmp = Files.list(stack.workDir.resolve("blobs").resolve("tmp"))) {
            assertThat(tmp.toList()).as("temporary upload files left").isEmpty();
        }
    }

    @Test
    void a_path_in_the_file_name_is_stripped_and_never_used_to_store() throws Exception {
        byte[] pdf = pdf("traversal " + UUID.randomUUID());
        Api.Reply created = upload(li, metadata("OTHER", "Traversal attempt", null), "../../etc/passwd.pdf",
                "application/pdf", pdf, null);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("fileName")).isEqualTo("passwd.pdf");
        String sha = sha256(pdf);
        assertThat(stack.workDir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha))
                .hasBinaryContent(pdf);
        assertThat(stack.workDir.resolve("etc")).doesNotExist();
        assertThat(download(created.json().getString("id"), li).headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("filename=\"passwd.pdf\"").doesNotContain(".."));
    }

    @Test
    void the_same_idempotency_key_twice_stores_one_record() throws Exception {
        String key = "upload-" + UUID.randomUUID();
        String title = "Idempotent " + key;
        byte[] pdf = pdf(title);
        Api.Reply first = upload(li, metadata("REACH_DECLARATION", title, null), "reach.pdf", "application/pdf", pdf, key);
        Api.Reply second = upload(li, metadata("REACH_DECLARATION", title, null), "reach.pdf", "application/pdf", pdf, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().getString("id")).isEqualTo(first.json().getString("id"));
        JsonArray all = (JsonArray) api.get("/api/evidence", li).jsonStructure();
        assertThat(all.getValuesAs(JsonObject.class)).filteredOn(e -> e.getString("title").equals(title)).hasSize(1);
        // the key is the supplier's own: another tenant using it stores its own record
        Api.Reply other = upload(wang, metadata("REACH_DECLARATION", title, null), "reach.pdf", "application/pdf", pdf, key);
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        assertThat(other.json().getString("id")).isNotEqualTo(first.json().getString("id"));
    }

    @Test
    void a_new_version_supersedes_the_latest_and_the_old_one_stays() throws Exception {
        String title = "SDS " + UUID.randomUUID();
        Api.Reply v1 = upload(li, metadata("SAFETY_DATA_SHEET", title, LocalDate.now().plusYears(2)), "sds.pdf",
                "application/pdf", pdf(title + " v1"), null);
        String v1Id = v1.json().getString("id");
        Api.Reply v2 = uploadTo("/api/evidence/" + v1Id + "/versions", li,
                metadata("SAFETY_DATA_SHEET", title, LocalDate.now().plusYears(3)), "sds-rev2.pdf", "application/pdf",
                pdf(title + " v2"), null);

        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().getInt("versionNo")).isEqualTo(2);
        assertThat(v2.json().getString("supersedes")).isEqualTo(v1Id);
        JsonObject old = api.get("/api/evidence/" + v1Id, li).json();
        assertThat(old.getString("supersededBy")).isEqualTo(v2.json().getString("id"));
        assertThat(old.getString("sha256")).isEqualTo(v1.json().getString("sha256"));
        assertThat(download(v1Id, li).body()).isEqualTo(pdf(title + " v1"));
        assertRefused(uploadTo("/api/evidence/" + v1Id + "/versions", li, metadata("SAFETY_DATA_SHEET", title, null),
                "sds.pdf", "application/pdf", pdf(title + " v3"), null), 409, "evidence.version.not.latest");
    }

    @Test
    void another_tenant_sees_evidence_only_while_the_owner_grants_access() throws Exception {
        String title = "ISO 14001 certificate " + UUID.randomUUID();
        byte[] pdf = pdf(title);
        String id = upload(li, metadata("MANAGEMENT_SYSTEM_CERTIFICATE", title, LocalDate.now().plusYears(1)),
                "iso14001.pdf", "application/pdf", pdf, null).json().getString("id");

        assertNotFound(api.get("/api/evidence/" + id, wang));
        assertNotFound(api.get("/api/evidence/" + id, anna));
        assertThat(download(id, wang).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/evidence", wang).body()).doesNotContain(id);
        assertNotFound(api.post("/api/evidence/" + id + "/grants/eurochem-buyer", wang, ""));

        Api.Reply granted = api.post("/api/evidence/" + id + "/grants/eurochem-buyer", li, "");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().getString("grantedBy")).isEqualTo("li.supplier");
        JsonObject seen = api.get("/api/evidence/" + id, anna).json();
        assertThat(seen.getString("owner")).isEqualTo("zhejiang-greenpower");
        assertThat(seen.getString("title")).isEqualTo(title);
        assertThat(download(id, anna).body()).isEqualTo(pdf);
        assertThat(api.get("/api/evidence", anna).body()).contains(id);
        assertNotFound(api.get("/api/evidence/" + id, wang));
        assertNotFound(api.get("/api/evidence/" + id, api.token("ben.buyer")));
        assertRefused(api.post("/api/evidence/" + id + "/grants/jiangsu-qingyuan", li, ""), 409,
                "evidence.grant.grantee.type");

        Api.Reply revoked = api.send(java.net.http.HttpRequest.newBuilder(
                URI.create(stack.portalUrl() + "/api/evidence/" + id + "/grants/eurochem-buyer"))
                .header("Authorization", "Bearer " + li).DELETE());
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().getString("revokedBy")).isEqualTo("li.supplier");
        assertNotFound(api.get("/api/evidence/" + id, anna));
        assertThat(download(id, anna).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/evidence", anna).body()).doesNotContain(id);
        JsonArray log = (JsonArray) api.get("/api/evidence/" + id + "/grants", li).jsonStructure();
        assertThat(log.getValuesAs(JsonObject.class)).singleElement()
                .satisfies(g -> assertThat(g.getBoolean("active")).isFalse());
    }

    @Test
    void a_retired_piece_is_listed_on_request_takes_no_version_or_share_and_is_retired_once() throws Exception {
        String title = "Retired SDS " + UUID.randomUUID();
        String v1 = upload(li, metadata("SAFETY_DATA_SHEET", title, LocalDate.now().plusDays(30)), "sds.pdf",
                "application/pdf", pdf(title + " v1"), null).json().getString("id");
        String v2 = uploadTo("/api/evidence/" + v1 + "/versions", li, metadata("SAFETY_DATA_SHEET", title,
                LocalDate.now().plusDays(30)), "sds2.pdf", "application/pdf", pdf(title + " v2"), null).json().getString("id");
        assertThat(api.post("/api/evidence/" + v2 + "/grants/eurochem-buyer", li, "").status()).isEqualTo(200);
        String retire = "/api/evidence/" + v2 + "/retire";

        assertRefused(api.post(retire, li, "{}"), 400, "field.required");
        assertRefused(api.post(retire, li, "{\"reason\":\"" + "x".repeat(1001) + "\"}"), 400, "field.too.long");
        assertRefused(api.post("/api/evidence/" + v1 + "/retire", li, "{\"reason\":\"old\"}"), 409,
                "evidence.retire.not.latest");
        assertNotFound(api.post(retire, wang, "{\"reason\":\"not mine\"}"));
        assertThat(api.post(retire, anna, "{\"reason\":\"a buyer\"}").status()).isEqualTo(403);

        Api.Reply retired = api.post(retire, li, "{\"reason\":\"The laboratory withdrew the report\"}");
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        JsonObject details = retired.json().getJsonObject("retired");
        assertThat(details.getString("reason")).isEqualTo("The laboratory withdrew the report");
        assertThat(details.getString("retiredBy")).isEqualTo("li.supplier");
        assertRefused(api.post(retire, li, "{\"reason\":\"again\"}"), 409, "evidence.retired.already");

        // every version retired: listed only on request, counted nowhere, the audit log says who and why
        assertThat(api.get("/api/evidence/" + v1, li).json().getJsonObject("retired").getString("reason"))
                .isEqualTo("The laboratory withdrew the report");
        assertThat(api.get("/api/evidence", li).body()).doesNotContain(v1).doesNotContain(v2);
        assertThat(api.get("/api/evidence?includeRetired=true", li).body()).contains(v1).contains(v2);
        assertRefused(api.get("/api/evidence?includeRetired=maybe", li), 400, "field.type.boolean");
        assertThat(api.get("/api/evidence/expiring", li).body()).doesNotContain(v2);
        assertThat(((JsonArray) api.get("/api/audit/entries?limit=50", li).jsonStructure()).getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("evidence.retired");
                    assertThat(e.getString("subjectId")).isEqualTo(v2);
                    assertThat(e.getString("detail")).contains("versions=2").contains("laboratory withdrew");
                });

        // nothing new for it; the buyer it was shared with still reads it, marked retired
        assertRefused(uploadTo("/api/evidence/" + v2 + "/versions", li, metadata("SAFETY_DATA_SHEET", title, null),
                "sds3.pdf", "application/pdf", pdf(title + " v3"), null), 409, "evidence.retired");
        assertRefused(api.post("/api/evidence/" + v2 + "/grants/eurochem-buyer", li, ""), 409, "evidence.retired");
        assertThat(api.get("/api/evidence/" + v2, anna).json().getJsonObject("retired")).isNotNull();
        assertThat(download(v2, anna).body()).isEqualTo(pdf(title + " v2"));
    }

    @Test
    void a_piece_an_undecided_application_carries_is_not_retired_and_a_retired_one_is_attached_to_nothing() {
        CertificationSteps steps = new CertificationSteps(stack);
        String app = steps.completeDraft(li);
        String sds = steps.api.get("/api/applications/" + app, li).json().getJsonArray("evidence")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("type").equals("SAFETY_DATA_SHEET"))
                .findFirst().orElseThrow().getString("id");
        String reason = "{\"reason\":\"Superseded by a new supplier\"}";

        Api.Reply inUse = api.post("/api/evidence/" + sds + "/retire", li, reason);
        assertRefused(inUse, 409, "evidence.retire.in.use");
        // the refusal is read on a page: it names the application by the reference its page shows, not by its id
        assertThat(inUse.json().getString("detail")).contains(app.substring(0, 8).toUpperCase()).doesNotContain(app);
        steps.act(li, app, "cancel", "{\"reason\":\"not needed\"}");
        assertThat(api.post("/api/evidence/" + sds + "/retire", li, reason).status()).isEqualTo(200);

        String other = steps.completeDraft(li);
        assertRefused(api.post("/api/applications/" + other + "/attach", li, "{\"evidenceId\":\"" + sds + "\"}"), 409,
                "evidence.retired");
    }

    @Test
    void a_retired_un_38_3_summary_no_longer_covers_its_product() {
        Api.Reply product = api.post("/api/products", li, """
                {"nameEn":"Li-ion cell %s","hsCode":"850760","unNumber":"UN3480",
                 "composition":[{"substanceName":"Lithium cobalt oxide","casNumber":"12190-79-3","minPercent":20,"maxPercent":30}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        String productId = product.json().getString("id");
        String metadata = """
                {"type":"UN38_3_SUMMARY","title":"UN 38.3 %s","issuer":"SGS","issuedOn":"2026-01-15","expiresOn":"%s",
                 "language":"en","productIds":["%s"],"facilityIds":[]}""".formatted(productId, LocalDate.now().plusYears(1),
                productId);
        String summary = upload(li, metadata, "un38-3.pdf", "application/pdf", pdf("UN 38.3 " + productId), null)
                .json().getString("id");
        assertThat(un383Missing(productId)).isFalse();

        assertThat(api.post("/api/evidence/" + summary + "/retire", li, "{\"reason\":\"Cell redesigned\"}").status())
                .isEqualTo(200);
        assertThat(un383Missing(productId)).as("a retired summary covers nothing").isTrue();
    }

    @Test
    void two_identical_retirements_at_once_one_passes_and_a_broken_body_or_another_tenant_gets_a_4xx() throws Exception {
        String title = "Raced SDS " + UUID.randomUUID();
        String id = upload(li, metadata("SAFETY_DATA_SHEET", title, LocalDate.now().plusDays(60)), "sds.pdf",
                "application/pdf", pdf(title), null).json().getString("id");
        String retire = "/api/evidence/" + id + "/retire";

        // a body that is not the request's JSON is a 400 problem, never a 500, and retires nothing
        for (String broken : java.util.List.of("{\"reason\":", "{\"reason\":[\"a\"]}", "[\"reason\"]", "not json")) {
            Api.Reply reply = api.post(retire, li, broken);
            assertThat(reply.status()).as(broken + " -> " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        JsonObject untouched = api.get("/api/evidence/" + id, li).json();
        assertThat(!untouched.containsKey("retired") || untouched.isNull("retired")).as(untouched.toString()).isTrue();

        String body = "{\"reason\":\"Sent twice at once\"}";
        java.util.List<Api.Reply> replies = java.util.List.of(
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> api.post(retire, li, body)),
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> api.post(retire, li, body)))
                .stream().map(java.util.concurrent.CompletableFuture::join).toList();
        assertThat(replies).extracting(Api.Reply::status).as(replies.toString()).containsExactlyInAnyOrder(200, 409);
        Api.Reply loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        assertThat(loser.json().getString("code")).isIn("concurrent.change", "evidence.retired.already");
        assertThat(((JsonArray) api.get("/api/audit/entries?limit=100", li).jsonStructure()).getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("action").equals("evidence.retired") && e.getString("subjectId").equals(id))
                .as("retired once").hasSize(1);

        // another tenant neither retires it nor finds it among its own retired pieces
        assertNotFound(api.post(retire, wang, body));
        assertThat(api.get("/api/evidence?includeRetired=true", wang).body()).doesNotContain(id);
    }

    private static boolean un383Missing(String productId) {
        return api.all("/api/products", li).stream().filter(p -> p.getString("id").equals(productId)).findFirst()
                .orElseThrow().getBoolean("un383SummaryMissing");
    }

    @Test
    void a_blob_whose_bytes_changed_is_never_served() throws Exception {
        byte[] pdf = pdf("to be tampered with " + UUID.randomUUID());
        String id = upload(li, metadata("OTHER", "Tamper test", null), "t.pdf", "application/pdf", pdf, null)
                .json().getString("id");
        String sha = sha256(pdf);
        Path blob = stack.workDir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        Files.write(blob, pdf("tampered"));

        HttpResponse<byte[]> download = download(id, li);
        assertThat(download.statusCode()).isEqualTo(500);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(new String(download.body(), StandardCharsets.ISO_8859_1)).doesNotContain("tampered");
    }

    // ---- helpers

    /**
     * Sends only the head of an upload that declares a body over the limit: the answer must come without
     * a byte of the body having been sent (raw socket, as the JDK client would insist on sending it).
     */
    private static Api.Reply declaredTooLarge(String token) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", stack.portalPort)) {
            socket.setSoTimeout(20_000);
            String head = "POST /api/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                    + (Stack.EVIDENCE_MAX_BYTES + 100L * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            String status = readLine(in);
            String contentType = "";
            int length = -1;
            boolean chunked = false;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).strip();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(readLine(in).strip(), 16); size > 0;
                        size = Integer.parseInt(readLine(in).strip(), 16)) {
                    body.write(in.readNBytes(size));
                    readLine(in);
                }
            } else if (length >= 0) {
                body.write(in.readNBytes(length));
            }
            return new Api.Reply(Integer.parseInt(status.split(" ")[1]), contentType, body.toString(StandardCharsets.UTF_8));
        }
    }

    private static String readLine(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void assertRefused(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo(code);
    }

    private static void assertNotFound(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static JsonObject find(Api.Reply list, String id) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return ((JsonArray) list.jsonStructure()).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static String metadata(String type, String title, LocalDate expires) {
        return """
                {"type":"%s","title":"%s","issuer":"SGS-CSTC Standards Technical Services (Shanghai)",
                 "issuedOn":"2026-01-15",%s"language":"zh-CN","productIds":[],"facilityIds":[]}"""
                .formatted(type, title, expires == null ? "" : "\"expiresOn\":\"" + expires + "\",");
    }

    private static Api.Reply upload(String token, String metadata, String fileName, String type, byte[] file, String key) {
        return uploadTo("/api/evidence", token, metadata, fileName, type, file, key);
    }

    private static Api.Reply uploadTo(String path, String token, String metadata, String fileName, String type,
            byte[] file, String key) {
        return api.upload(path, token, metadata, fileName, type, file, key);
    }

    private static HttpResponse<byte[]> download(String id, String token) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/evidence/" + id + "/content"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A valid one-page PDF with correct cross-reference offsets. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 770 Td (" + text.replaceAll("[()\\\\]", "_") + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF followed by a comment of spaces, to a given size (still a PDF to any sniffer). */
    private static byte[] padded(byte[] pdf, int size) {
        byte[] out = new byte[size];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        return out;
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    }

    private static byte[] elf() {
        byte[] elf = new byte[256];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(head, 0, elf, 0, head.length);
        return elf;
    }

    private static byte[] plainZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Shaped like a spreadsheet, with one part of {@code zeros} zero bytes: ~50 KB on the wire. */
    private static byte[] zipBomb(int zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < zeros / chunk.length; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
