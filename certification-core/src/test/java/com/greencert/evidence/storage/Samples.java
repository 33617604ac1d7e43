package com.greencert.evidence.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small genuine and hostile files for the tests. */
public final class Samples {

    private Samples() {
    }

    /** A valid one-page PDF with correct cross-reference offsets. */
    public static byte[] pdf(String text) {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        String stream = "BT /F1 12 Tf 72 770 Td (" + text.replace("(", "[").replace(")", "]") + ") Tj ET";
        objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
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

    /** The 8-byte PNG signature and an IHDR chunk: enough for any sniffer. */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89, 0, 0, 0, 0, 'I', 'E', 'N', 'D',
            (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    }

    /** The start of an ELF executable. */
    public static byte[] elf() {
        byte[] elf = new byte[256];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(head, 0, elf, 0, head.length);
        elf[16] = 2;
        elf[18] = 0x3e;
        return elf;
    }

    /** A minimal spreadsheet-shaped zip: [Content_Types].xml and xl/workbook.xml. */
    public static byte[] xlsx() throws IOException {
        return zip("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A spreadsheet-shaped zip with one entry of {@code zeros} zero bytes: tiny on disk, huge inflated. */
    public static byte[] zipBomb(int zeros) throws IOException {
        return zip("xl/worksheets/sheet1.xml", new byte[zeros]);
    }

    /** A named zip entry. */
    public record Entry(String name, byte[] bytes) {
    }

    public static Entry entry(String name, byte[] bytes) {
        return new Entry(name, bytes);
    }

    /** A minimal word-processing document ([Content_Types].xml, word/document.xml) with more entries. */
    public static byte[] docx(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (java.util.Arrays.stream(entries).noneMatch(e -> e.name().equals("word/document.xml"))) {
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A word-processing document with these files embedded (as Word embeds workbooks and documents). */
    public static byte[] docxEmbedding(byte[]... embedded) throws IOException {
        Entry[] entries = new Entry[embedded.length];
        for (int i = 0; i < embedded.length; i++) {
            entries[i] = entry("word/embeddings/package" + i + ".bin", embedded[i]);
        }
        return docx(entries);
    }

    /** A plain zip with a text file: not an Office document. */
    public static byte[] zipBombSafe() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("hello".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] zip(String part, byte[] partBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write(partBytes);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
