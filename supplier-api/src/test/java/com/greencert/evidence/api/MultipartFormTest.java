package com.greencert.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.shared.api.DownloadName;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    private static final String BOUNDARY = "----greencert7MA4YWxkTrZu0gW";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    record Read(String name, String fileName, String contentType, byte[] content) {
    }

    @Test
    void parts_are_read_in_order_however_the_body_arrives() throws IOException {
        byte[] file = new byte[300_000];
        new Random(3).nextBytes(file);
        // content that looks like a boundary, but is not one
        byte[] tricky = ("x\r\n--" + BOUNDARY.substring(0, 10) + "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "X\r\n-\r\n--").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tricky, 0, file, 1000, tricky.length);
        byte[] body = body(List.of(
                new Read("metadata", null, "application/json", "{\"title\":\"标题\"}".getBytes(StandardCharsets.UTF_8)),
                new Read("file", "名字.pdf", "application/pdf", file)), "preamble\r\n", "\r\nepilogue");
        for (int chunk : new int[] {1, 2, 3, 7, 64, 4096, 65_536, 1 << 20}) {
            List<Read> parts = readAll(new Trickle(body, chunk));
            assertThat(parts).hasSize(2);
            assertThat(parts.get(0).name()).isEqualTo("metadata");
            assertThat(new String(parts.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("{\"title\":\"标题\"}");
            assertThat(parts.get(1).fileName()).as("chunk " + chunk).isEqualTo("名字.pdf");
            assertThat(parts.get(1).contentType()).isEqualTo("application/pdf");
            assertThat(parts.get(1).content()).as("chunk " + chunk).isEqualTo(file);
        }
    }

    @Test
    void an_empty_part_and_a_part_without_headers_are_fine() throws IOException {
        String raw = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--" + BOUNDARY
                + "\r\n\r\nno headers\r\n--" + BOUNDARY + "--";
        List<Read> parts = readAll(new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
        assertThat(parts).extracting(Read::name).containsExactly("empty", "");
        assertThat(parts.get(0).content()).isEmpty();
        assertThat(new String(parts.get(1).content(), StandardCharsets.US_ASCII)).isEqualTo("no headers");
    }

    @Test
    void the_rfc_8187_file_name_wins_over_the_plain_one_in_either_order() throws IOException {
        assertThat(fileName("form-data; name=\"file\"; filename=\"sds.pdf\"; filename*=UTF-8''%E5%AE%89%E5%85%A8.pdf"))
                .isEqualTo("安全.pdf");
        assertThat(fileName("form-data; name=\"file\"; filename*=utf-8'zh'%E5%AE%89%E5%85%A8.pdf; filename=\"sds.pdf\""))
                .isEqualTo("安全.pdf");
        assertThat(fileName("form-data; name=\"file\"; filename*=ISO-8859-1''caf%E9.txt")).isEqualTo("café.txt");
        // unreadable extended values fall back to the plain name
        assertThat(fileName("form-data; name=\"file\"; filename=\"sds.pdf\"; filename*=UTF-8''%E5%AE.pdf")).isEqualTo("sds.pdf");
        assertThat(fileName("form-data; name=\"file\"; filename=\"sds.pdf\"; filename*=GBK''%B0%B2.pdf")).isEqualTo("sds.pdf");
        assertThat(fileName("form-data; name=\"file\"; filename=\"a \\\"quoted\\\" name;x.pdf\"")).isEqualTo("a \"quoted\" name;x.pdf");
        assertThat(fileName("form-data; name=file; filename=plain.pdf")).isEqualTo("plain.pdf");
        assertThat(fileName("form-data; name=\"file\"")).isNull();
    }

    @Test
    void headers_that_are_not_utf8_are_read_as_latin1() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"caf").getBytes(StandardCharsets.US_ASCII));
        raw.write(0xE9);
        raw.writeBytes((".txt\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(readAll(new ByteArrayInputStream(raw.toByteArray())).get(0).fileName()).isEqualTo("café.txt");
    }

    @Test
    void malformed_bodies_are_refused_not_failed() {
        assertMalformed("no boundary in the body at all");
        assertMalformed("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nthe body ends here");
        assertMalformed("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"\r\nno end of headers");
        assertMalformed("--" + BOUNDARY + "garbage\r\n\r\n");
        assertMalformed("--" + BOUNDARY + "\r\nbroken header line\r\n\r\nx\r\n--" + BOUNDARY + "--");
        assertThatThrownBy(() -> MultipartForm.open("multipart/form-data", InputStream.nullInputStream(), 10, 10))
                .hasMessageStartingWith("evidence.multipart.malformed");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            many.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nx\r\n");
        }
        assertMalformed(many.append("--").append(BOUNDARY).append("--").toString());
    }

    @Test
    void a_body_longer_than_the_limit_is_refused_as_too_large() {
        byte[] body = body(List.of(new Read("file", "a.pdf", "application/pdf", new byte[5000])), "", "");
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(body), 4000))
                .hasMessageStartingWith("evidence.file.too.large");
    }

    @Test
    void the_download_name_has_an_ascii_fallback_and_the_exact_name_encoded() {
        assertThat(DownloadName.contentDisposition("名字.pdf"))
                .isEqualTo("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E5%90%8D%E5%AD%97.pdf");
        assertThat(DownloadName.contentDisposition("SDS \"v2\" 100%.pdf"))
                .isEqualTo("attachment; filename=\"SDS _v2_ 100_.pdf\"; filename*=UTF-8''SDS%20%22v2%22%20100%25.pdf");
    }

    private static String fileName(String disposition) throws IOException {
        String raw = "--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n\r\nx\r\n--" + BOUNDARY + "--";
        return readAll(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))).get(0).fileName();
    }

    private static void assertMalformed(String raw) {
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)))).as(raw)
                .hasMessageStartingWith("evidence.multipart.malformed");
    }

    private static List<Read> readAll(InputStream in) throws IOException {
        return readAll(in, Long.MAX_VALUE);
    }

    private static List<Read> readAll(InputStream in, long max) throws IOException {
        MultipartForm form = MultipartForm.open(TYPE, in, max, max);
        List<Read> parts = new ArrayList<>();
        for (MultipartForm.Part part = form.next(); part != null; part = form.next()) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 + parts.size() * 5000];
            for (int n = part.content().read(buffer); n >= 0; n = part.content().read(buffer)) {
                content.write(buffer, 0, n);
            }
            parts.add(new Read(part.name(), part.fileName().orElse(null), part.contentType(), content.toByteArray()));
        }
        return parts;
    }

    private static byte[] body(List<Read> parts, String preamble, String epilogue) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(preamble.getBytes(StandardCharsets.UTF_8));
        for (Read p : parts) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\nContent-Type: "
                    + p.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--" + epilogue).getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Serves a body in reads of at most {@code chunk} bytes, as a slow network would. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        private int pos;

        Trickle(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
