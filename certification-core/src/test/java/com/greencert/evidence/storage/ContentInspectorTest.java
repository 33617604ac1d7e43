package com.greencert.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.evidence.domain.FileRefusedException;
import com.greencert.shared.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentInspectorTest {

    private final ContentInspector inspector = new ContentInspector();

    private String inspect(String name, String claimed, byte[] bytes) throws IOException {
        return inspector.inspect(name, claimed, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void allowed_files_are_recognised_by_their_bytes() throws IOException {
        assertThat(inspect("sds.pdf", "application/pdf", Samples.pdf("hello"))).isEqualTo("application/pdf");
        assertThat(inspect("sds.pdf", null, Samples.pdf("hello"))).isEqualTo("application/pdf");
        assertThat(inspect("sds.pdf", "application/octet-stream", Samples.pdf("x"))).isEqualTo("application/pdf");
        assertThat(inspect("label.png", "image/png", Samples.png())).isEqualTo("image/png");
        assertThat(inspect("notes.txt", "text/plain; charset=UTF-8", "Hello 你好".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain");
        assertThat(inspect("list.csv", "text/csv", "cas,name\n64-17-5,ethanol\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/csv");
        assertThat(inspect("bom.xlsx", ContentInspector.XLSX, Samples.xlsx())).isEqualTo(ContentInspector.XLSX);
    }

    @Test
    void empty_forbidden_and_dishonest_files_are_refused() {
        assertRefused("empty.pdf", "application/pdf", new byte[0], "evidence.file.empty");
        assertRefused("tool.pdf", "application/pdf", Samples.elf(), "evidence.type.forbidden");
        assertRefused("tool", null, Samples.elf(), "evidence.type.forbidden");
        assertRefused("archive.zip", "application/zip", Samples.zipBombSafe(), "evidence.type.forbidden");
        assertRefused("image.pdf", "application/pdf", Samples.png(), "evidence.type.mismatch");
        assertRefused("image.png", "application/pdf", Samples.png(), "evidence.type.mismatch");
        assertRefused("doc.png", "image/png", Samples.pdf("x"), "evidence.type.mismatch");
        assertRefused("noextension", "application/pdf", Samples.pdf("x"), "evidence.type.mismatch");
        assertRefused("script.txt", "text/plain", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
                "evidence.type.forbidden");
    }

    @Test
    void a_zip_bomb_dressed_as_a_spreadsheet_is_refused() throws IOException {
        byte[] bomb = Samples.zipBomb(20 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(100_000);
        assertRefused("bom.xlsx", ContentInspector.XLSX, bomb, "evidence.zip.bomb");
        byte[] notOffice = Samples.zipBombSafe();
        assertRefused("fake.xlsx", ContentInspector.XLSX, notOffice, "evidence.zip.invalid");
    }

    @Test
    void the_zip_check_counts_entries_and_inflated_bytes() throws IOException {
        ZipBombCheck strict = new ZipBombCheck(1, 1024, 100, 0, 3);
        assertThatThrownBy(() -> strict.check(new ByteArrayInputStream(Samples.xlsx()), 1000, "xl/"))
                .hasMessageContaining("evidence.zip.bomb");
        new ZipBombCheck().check(new ByteArrayInputStream(Samples.xlsx()), Samples.xlsx().length, "xl/");
        assertThatThrownBy(() -> new ZipBombCheck().check(new ByteArrayInputStream(Samples.xlsx()), 100, "word/"))
                .hasMessageContaining("evidence.zip.invalid");
    }

    @Test
    void bytes_that_match_no_signature_are_refused_whatever_the_name_says() {
        byte[] noise = noise(100_000);
        assertRefused("scan.pdf", "application/pdf", noise, "evidence.type.unrecognized");
        assertRefused("scan.pdf", null, noise, "evidence.type.unrecognized");
        assertRefused("table.csv", "text/csv", noise, "evidence.type.unrecognized");
        assertThatThrownBy(() -> inspect("scan.pdf", "application/pdf", noise))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.UNSUPPORTED_TYPE));
    }

    @Test
    void the_verdict_on_the_type_comes_after_the_first_64_kib_before_the_rest_arrives() {
        ContentInspector.Inspection inspection = inspector.start("scan.pdf", "application/pdf");
        byte[] noise = noise(64 * 1024 + 10);
        inspection.accept(noise, 0, 64 * 1024 - 1);
        assertThatThrownBy(() -> inspection.accept(noise, 64 * 1024 - 1, 11))
                .hasMessageStartingWith("evidence.type.unrecognized");
    }

    @Test
    void text_is_accepted_only_when_it_is_utf8_throughout() throws IOException {
        String line = "Declaration of conformity: no SVHC above 0.1 % w/w.\n";
        byte[] latin1 = (line.repeat(20) + "Caf\u00e9 cr\u00e8me.\n").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("declaration.txt", "text/plain", latin1, "evidence.text.not.utf8");
        assertThatThrownBy(() -> inspect("declaration.txt", "text/plain", latin1))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.UNPROCESSABLE));
        // far past the sniffed prefix, a single stray byte still counts
        byte[] late = (line.repeat(5000) + "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(late.length).isGreaterThan(128 * 1024);
        assertRefused("long.txt", "text/plain", late, "evidence.text.not.utf8");
        byte[] utf8 = (line.repeat(5000) + "符合性声明\n").getBytes(StandardCharsets.UTF_8);
        assertThat(inspect("long.txt", "text/plain", utf8)).isEqualTo("text/plain");
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 2); // ends inside a character
        assertRefused("cut.txt", "text/plain", cut, "evidence.text.not.utf8");
        assertRefused("nul.csv", "text/csv", (line + "a,b\u0000\n").getBytes(StandardCharsets.UTF_8), "evidence.text.not.utf8");
    }

    @Test
    void archives_nested_in_an_office_document_count_at_every_level() throws IOException {
        byte[] inner = Samples.docx(Samples.entry("word/media/filler.bin", new byte[5 * 1024 * 1024]));
        byte[][] embedded = new byte[10][];
        java.util.Arrays.fill(embedded, inner);
        byte[] bomb = Samples.docxEmbedding(embedded);
        assertThat(bomb.length).isLessThan(200_000);
        // the top level alone inflates to less than the floor; the tree to 50 MB, more than 100 times its size
        assertRefused("report.docx", ContentInspector.DOCX, bomb, "evidence.zip.bomb");

        byte[] deep = Samples.docx(Samples.entry("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
        for (int level = 0; level < 4; level++) {
            deep = Samples.docxEmbedding(deep);
        }
        assertRefused("deep.docx", ContentInspector.DOCX, deep, "evidence.zip.too.deep");
        byte[] three = Samples.docxEmbedding(Samples.docxEmbedding(Samples.docxEmbedding(Samples.xlsx())));
        assertThat(inspect("three.docx", ContentInspector.DOCX, three)).isEqualTo(ContentInspector.DOCX);
        byte[] withSheet = Samples.docxEmbedding(Samples.xlsx());
        assertThat(inspect("report.docx", ContentInspector.DOCX, withSheet)).isEqualTo(ContentInspector.DOCX);
    }

    private static byte[] noise(int size) {
        byte[] noise = new byte[size];
        new java.util.Random(20261128).nextBytes(noise);
        noise[0] = 0x13;
        return noise;
    }

    private void assertRefused(String name, String claimed, byte[] bytes, String key) {
        assertThatThrownBy(() -> inspect(name, claimed, bytes)).as(name)
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(key);
    }
}
