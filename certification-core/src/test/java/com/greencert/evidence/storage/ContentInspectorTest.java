package com.greencert.evidence.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        ZipBombCheck strict = new ZipBombCheck(1, 1024, 100, 0);
        assertThatThrownBy(() -> strict.check(new ByteArrayInputStream(Samples.xlsx()), 1000, "xl/"))
                .hasMessageContaining("evidence.zip.bomb");
        new ZipBombCheck().check(new ByteArrayInputStream(Samples.xlsx()), Samples.xlsx().length, "xl/");
        assertThatThrownBy(() -> new ZipBombCheck().check(new ByteArrayInputStream(Samples.xlsx()), 100, "word/"))
                .hasMessageContaining("evidence.zip.invalid");
    }

    private void assertRefused(String name, String claimed, byte[] bytes, String key) {
        assertThatThrownBy(() -> inspect(name, claimed, bytes)).as(name)
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(key);
    }
}
