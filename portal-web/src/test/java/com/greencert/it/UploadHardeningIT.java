package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and unusual uploads on the real stack (issue 8, uploads): bytes without a known signature,
 * text that is not UTF-8, archives nested inside Office documents, Chinese file names in both RFC 7578
 * and RFC 5987 form, an oversize body announced with {@code Expect: 100-continue}, and twenty concurrent
 * uploads under one {@code Idempotency-Key}.
 */
@ExtendWith(StackExtension.class)
class UploadHardeningIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static Stack stack;
    private static Api api;
    private static String li;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
        api = new Api(s);
        li = api.token("li.supplier");
    }

    @Test
    void bytes_that_match_no_known_signature_are_refused_whatever_the_name_says() {
        String marker = "unrecognized-" + UUID.randomUUID();
        byte[] noise = new byte[8 * 1024];
        new Random(20261128).nextBytes(noise);
        noise[0] = 0x13; // not the first byte of any signature Tika knows

        Api.Reply reply = upload(li, metadata(marker), "Content-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"",
                "application/pdf", noise, null);

        assertRefused(reply, 415, "evidence.type.unrecognized");
        assertThat(reply.json().getString("detail")).contains("scan.pdf");
        assertThat(api.get("/api/evidence", li).body()).doesNotContain(marker);
    }

    @Test
    void metadata_sent_as_plain_text_is_refused_with_415() {
        String marker = "plain-metadata-" + UUID.randomUUID();
        Api.Reply reply = upload(li, "text/plain", metadata(marker), disposition("report.pdf"), "application/pdf",
                EvidenceApiIT.pdf(marker), null);
        assertRefused(reply, 415, "media.type.unsupported");
        assertThat(api.get("/api/evidence", li).body()).doesNotContain(marker);
    }

    @Test
    void plain_text_is_accepted_only_when_it_decodes_as_utf8() throws Exception {
        String marker = "latin1-" + UUID.randomUUID();
        String declaration = "Declaration of conformity: the product contains no SVHC above 0.1 % w/w. Signed at the "
                + "factory in Hangzhou by the quality manager.\n";
        byte[] latin1 = (declaration.repeat(20) + "Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9.\n" + declaration)
                .getBytes(StandardCharsets.ISO_8859_1);

        Api.Reply refused = upload(li, metadata(marker), disposition("declaration.txt"), "text/plain", latin1, null);

        assertRefused(refused, 422, "evidence.text.not.utf8");
        assertThat(api.get("/api/evidence", li).body()).doesNotContain(marker);

        byte[] utf8 = (declaration + "符合性声明：产品不含高度关注物质。\n").getBytes(StandardCharsets.UTF_8);
        Api.Reply accepted = upload(li, metadata(marker + " utf8"), disposition("声明.txt"), "text/plain", utf8, null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().getString("mediaType")).isEqualTo("text/plain");
    }

    @Test
    void archives_nested_in_an_office_document_are_checked_to_any_depth() throws Exception {
        String marker = "nested-" + UUID.randomUUID();
        // ten embedded documents of 20 MB of zeros each: ~250 KB on the wire, 200 MB once every level is inflated
        byte[] inner = docx(List.of(new Entry("word/media/filler.bin", new byte[20 * 1024 * 1024])));
        List<Entry> embedded = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            embedded.add(new Entry("word/embeddings/part" + i + ".docx", inner));
        }
        byte[] bomb = docx(embedded);
        assertThat(bomb.length).as("small on the wire").isLessThan(1024 * 1024);
        assertRefused(upload(li, metadata(marker + " bomb"), disposition("report.docx"), DOCX, bomb, null),
                422, "evidence.zip.bomb");

        byte[] deep = docx(List.of(new Entry("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8))));
        for (int level = 0; level < 6; level++) {
            deep = docx(List.of(new Entry("word/embeddings/level" + level + ".docx", deep)));
        }
        assertRefused(upload(li, metadata(marker + " deep"), disposition("deep.docx"), DOCX, deep, null),
                422, "evidence.zip.too.deep");
        assertThat(api.get("/api/evidence", li).body()).doesNotContain(marker);

        // a report with a spreadsheet embedded in it (one level, as Word does it) is fine
        byte[] sheet = zip(List.of(new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8))));
        byte[] report = docx(List.of(new Entry("word/embeddings/Microsoft_Excel_Worksheet.xlsx", sheet)));
        Api.Reply accepted = upload(li, metadata(marker + " ok"), disposition("report.docx"), DOCX, report, null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().getString("mediaType")).isEqualTo(DOCX);
        assertThat(XLSX).isNotBlank();
    }

    @Test
    void a_chinese_file_name_survives_the_round_trip_in_rfc_7578_and_rfc_5987_form() throws Exception {
        byte[] pdf = EvidenceApiIT.pdf("name " + UUID.randomUUID());
        // RFC 7578: the name as UTF-8 in the part header, as browsers send it
        Api.Reply raw = upload(li, metadata("名字 raw " + UUID.randomUUID()), disposition("名字.pdf"), "application/pdf", pdf, null);
        assertThat(raw.status()).as(raw.body()).isEqualTo(201);
        assertThat(raw.json().getString("fileName")).isEqualTo("名字.pdf");
        assertThat(api.get("/api/evidence/" + raw.json().getString("id"), li).json().getString("fileName")).isEqualTo("名字.pdf");
        HttpResponse<byte[]> download = download(raw.json().getString("id"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment; filename=\"").contains("filename*=UTF-8''%E5%90%8D%E5%AD%97.pdf");
        String fallback = disposition.substring("attachment; filename=\"".length(), disposition.indexOf('"', 22));
        assertThat(fallback).as("the ASCII fallback").matches("[\\x20-\\x7e]+").endsWith(".pdf");

        // RFC 5987 / 8187: an ASCII fallback and the real name percent-encoded; the real name wins
        byte[] other = EvidenceApiIT.pdf("sds " + UUID.randomUUID());
        Api.Reply encoded = upload(li, metadata("安全 encoded " + UUID.randomUUID()),
                "Content-Disposition: form-data; name=\"file\"; filename=\"sds.pdf\"; "
                        + "filename*=UTF-8''%E5%AE%89%E5%85%A8%E6%95%B0%E6%8D%AE%E8%A1%A8%20%232.pdf",
                "application/pdf", other, null);
        assertThat(encoded.status()).as(encoded.body()).isEqualTo(201);
        assertThat(encoded.json().getString("fileName")).isEqualTo("安全数据表 #2.pdf");
        assertThat(download(encoded.json().getString("id")).headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E5%AE%89%E5%85%A8%E6%95%B0%E6%8D%AE%E8%A1%A8%20%232.pdf");
    }

    @Test
    void an_oversize_body_announced_with_expect_100_continue_is_refused_before_100_continue() throws IOException {
        long declared = Stack.EVIDENCE_MAX_BYTES + 100L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", stack.portalPort)) {
            socket.setSoTimeout(20_000);
            String head = "POST /api/evidence HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + li
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nExpect: 100-continue\r\nContent-Length: "
                    + declared + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String status = line(in);
            assertThat(status).as("the first answer to the head, before any byte of the body").startsWith("HTTP/1.1 413 ");
            StringBuilder rest = new StringBuilder();
            for (String l = line(in); !l.isEmpty(); l = line(in)) {
                rest.append(l).append('\n');
            }
            assertThat(rest.toString()).doesNotContain("100 Continue");
        }
    }

    @Test
    void twenty_concurrent_uploads_with_one_idempotency_key_store_exactly_one_record() throws Exception {
        String key = "concurrent-" + UUID.randomUUID();
        String title = "Concurrent " + key;
        byte[] pdf = padded(EvidenceApiIT.pdf(title), 512 * 1024); // big enough for the uploads to overlap
        int clients = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return upload(li, metadata(title), disposition("concurrent.pdf"), "application/pdf", pdf, key);
                }));
            }
            start.countDown();
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                answers.add(reply.get());
            }
            assertThat(answers).as("no 5xx").allSatisfy(r -> assertThat(r.status()).as(r.body()).isLessThan(500));
            List<Api.Reply> created = answers.stream().filter(r -> r.status() == 201).toList();
            assertThat(created).as("exactly one creates").hasSize(1);
            String id = created.get(0).json().getString("id");
            assertThat(answers).allSatisfy(r -> {
                if (r.status() == 200) {
                    assertThat(r.json().getString("id")).as("a replay names the first record").isEqualTo(id);
                } else if (r.status() != 201) {
                    assertRefused(r, 409, "evidence.upload.in.progress");
                }
            });
        } finally {
            pool.shutdownNow();
        }
        // once the first is done, the key replays it
        Api.Reply later = upload(li, metadata(title), disposition("concurrent.pdf"), "application/pdf", pdf, key);
        assertThat(later.status()).as(later.body()).isEqualTo(200);
        JsonArray listed = (JsonArray) api.get("/api/evidence", li).jsonStructure();
        assertThat(listed.getValuesAs(JsonObject.class)).filteredOn(e -> e.getString("title").equals(title)).hasSize(1);
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), "greencert", "greencert");
                PreparedStatement s = c.prepareStatement("select count(*) from evidence where idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("rows with the key").isEqualTo(1);
            }
        }
    }

    // ---- helpers

    private record Entry(String name, byte[] bytes) {
    }

    /** A minimal word-processing document: content types, the main part, and the given entries. */
    private static byte[] docx(List<Entry> entries) throws IOException {
        List<Entry> all = new ArrayList<>();
        all.add(new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));
        all.add(new Entry("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
        entries.stream().filter(e -> !e.name().equals("word/document.xml")).forEach(all::add);
        return zip(all);
    }

    private static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] padded(byte[] pdf, int size) {
        byte[] out = new byte[size];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        return out;
    }

    private static String disposition(String fileName) {
        return "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"";
    }

    private static String metadata(String title) {
        return """
                {"type":"TEST_REPORT","title":"%s","issuer":"CTI Testing","issuedOn":"2026-01-15","language":"zh-CN",
                 "productIds":[],"facilityIds":[]}""".formatted(title);
    }

    /** A multipart upload whose file part has exactly the given Content-Disposition header line (UTF-8). */
    private static Api.Reply upload(String token, String metadata, String fileDisposition, String mediaType, byte[] file,
            String idempotencyKey) {
        return upload(token, "application/json", metadata, fileDisposition, mediaType, file, idempotencyKey);
    }

    private static Api.Reply upload(String token, String metadataType, String metadata, String fileDisposition,
            String mediaType, byte[] file, String idempotencyKey) {
        String boundary = "----greencert" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: " + metadataType + "\r\n\r\n" + metadata + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\n" + fileDisposition + "\r\nContent-Type: " + mediaType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/evidence"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return Api.send(request);
    }

    private static HttpResponse<byte[]> download(String id) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/api/evidence/" + id + "/content"))
                    .header("Authorization", "Bearer " + li).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("code")).isEqualTo(code);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
