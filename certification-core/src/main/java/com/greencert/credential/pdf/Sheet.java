package com.greencert.credential.pdf;

import com.greencert.credential.pdf.CertificateDocument.ScopeItem;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Drawing on one page of the certificate: the frame, labels, blocks of lines, the products table and the footer. */
final class Sheet implements AutoCloseable {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float WIDTH = A4_LANDSCAPE.getWidth();
    static final float HEIGHT = A4_LANDSCAPE.getHeight();
    static final float LEFT = 52;
    static final float RIGHT = WIDTH - 52;
    static final float FOOTER_TOP = 88;
    static final Color GREEN = new Color(0x1B, 0x5E, 0x3B);
    static final Color INK = new Color(0x1F, 0x26, 0x23);
    static final Color GREY = new Color(0x5F, 0x68, 0x64);
    private static final Color RULE = new Color(0xC9, 0xD6, 0xCF);
    private static final Color SHADE = new Color(0xF1, 0xF6, 0xF3);
    private static final float ROW = 14;
    private static final float ROW_TEXT = 9;
    private static final float INDEX_WIDTH = 30;
    private static final float HS_WIDTH = 84;
    private static final float UN_WIDTH = 80;

    /** Lines of one size, weight and colour, already wrapped. */
    record Lines(List<String> lines, float size, boolean strong, Color color) {
    }

    private final PDPageContentStream stream;
    private final PdfText text;
    private final boolean zh;

    Sheet(PDDocument pdf, PDPage page, PdfText text, boolean chineseLeads, PDPageContentStream.AppendMode mode)
            throws IOException {
        this.stream = new PDPageContentStream(pdf, page, mode, true, true);
        this.text = text;
        this.zh = chineseLeads;
    }

    PDPageContentStream page() {
        return stream;
    }

    /** A label in both languages on one line, the leading one first. */
    String both(Label label) {
        return label.in(zh) + " / " + label.in(!zh);
    }

    void frame() throws IOException {
        stream.setStrokingColor(GREEN);
        stream.setLineWidth(1.6f);
        stream.addRect(18, 18, WIDTH - 36, HEIGHT - 36);
        stream.stroke();
        stream.setLineWidth(0.5f);
        stream.addRect(23, 23, WIDTH - 46, HEIGHT - 46);
        stream.stroke();
    }

    void rule(float from, float to, float y, Color color, float width) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.moveTo(from, y);
        stream.lineTo(to, y);
        stream.stroke();
    }

    /** A field's label: the leading language above, the other below, from {@code top} down about 22 points. */
    void label(Label label, float x, float top) throws IOException {
        text.show(stream, label.in(zh), x, top - 8.5f, 8.5f, true, GREEN);
        text.show(stream, label.in(!zh), x, top - 19, 7.5f, false, GREY);
    }

    /** Shows the lines from {@code top} down; returns the top of what follows. */
    float lines(Lines block, float x, float top) throws IOException {
        float y = top;
        for (String line : block.lines()) {
            text.show(stream, line, x, y - block.size(), block.size(), block.strong(), block.color());
            y -= block.size() * 1.32f;
        }
        return block.lines().isEmpty() ? y : y - 2;
    }

    /**
     * The products {@code from} (inclusive) to {@code last} (exclusive) that fit between {@code top} and the footer,
     * then, on the last row, how many follow on later pages or are listed only in the credential.
     *
     * @return how many products it shows
     */
    int table(List<ScopeItem> products, int from, int last, float left, float right, float top) throws IOException {
        float hs = right - UN_WIDTH - HS_WIDTH;
        float un = right - UN_WIDTH;
        float name = left + INDEX_WIDTH;
        text.show(stream, "#", left + 4, top - 8.5f, 7.5f, true, GREY);
        text.show(stream, both(Label.PRODUCT), name, top - 8.5f, 7.5f, true, GREY);
        text.show(stream, both(Label.HS_CODE), hs, top - 8.5f, 7.5f, true, GREY);
        text.show(stream, both(Label.UN_NUMBER), un, top - 8.5f, 7.5f, true, GREY);
        rule(left, right, top - 13, RULE, 0.6f);
        float rowsTop = top - 14;
        if (products.isEmpty()) {
            text.show(stream, both(Label.NONE), name, rowsTop - 10, ROW_TEXT, false, GREY);
            return 0;
        }
        int slots = Math.max(1, (int) ((rowsTop - FOOTER_TOP) / ROW));
        int rows = Math.min(last - from, slots);
        if (rows == slots && (from + rows < last || last < products.size())) {
            rows--;
        }
        for (int row = 0; row < rows; row++) {
            ScopeItem item = products.get(from + row);
            float y = rowsTop - row * ROW;
            if (row % 2 == 1) {
                stream.setNonStrokingColor(SHADE);
                stream.addRect(left, y - ROW, right - left, ROW);
                stream.fill();
            }
            float baseline = y - 10;
            text.show(stream, Integer.toString(from + row + 1), left + 4, baseline, 7.5f, false, GREY);
            String productName = cell(item == null ? null : item.name());
            text.show(stream, text.ellipsize(productName, false, ROW_TEXT, hs - name - 8), name, baseline, ROW_TEXT,
                    false, INK);
            text.show(stream, text.ellipsize(cell(item == null ? null : item.hsCode()), false, ROW_TEXT,
                    HS_WIDTH - 8), hs, baseline, ROW_TEXT, false, INK);
            text.show(stream, text.ellipsize(cell(item == null ? null : item.unNumber()), false, ROW_TEXT,
                    UN_WIDTH - 4), un, baseline, ROW_TEXT, false, INK);
        }
        String note = null;
        if (from + rows < last) {
            int more = last - from - rows;
            note = Label.MORE_PRODUCTS.in(zh, more) + "  /  " + Label.MORE_PRODUCTS.in(!zh, more);
        } else if (last < products.size()) {
            int more = products.size() - last;
            note = Label.MORE_UNLISTED.in(zh, more) + "  /  " + Label.MORE_UNLISTED.in(!zh, more);
        }
        if (note != null) {
            text.show(stream, text.ellipsize(note, true, 8.5f, right - name), name, rowsTop - rows * ROW - 10, 8.5f,
                    true, GREEN);
        }
        return rows;
    }

    void footer(String credentialId, int page, int pages) throws IOException {
        rule(LEFT, RIGHT, FOOTER_TOP - 8, RULE, 0.6f);
        float width = RIGHT - LEFT - 150;
        text.show(stream, text.ellipsize(Label.NOTE.in(zh), false, 7.5f, width), LEFT, FOOTER_TOP - 20, 7.5f, false,
                GREY);
        text.show(stream, text.ellipsize(Label.NOTE.in(!zh), false, 7.5f, width), LEFT, FOOTER_TOP - 30, 7.5f, false,
                GREY);
        String credential = both(Label.CREDENTIAL) + ":  " + (credentialId == null ? "—" : credentialId);
        text.show(stream, text.ellipsize(credential, false, 7, width), LEFT, FOOTER_TOP - 44, 7, false, GREY);
        text.showRight(stream, Label.PAGE.in(zh, page, pages) + "  /  " + Label.PAGE.in(!zh, page, pages), RIGHT,
                FOOTER_TOP - 44, 7, false, GREY);
    }

    private static String cell(String value) {
        return value == null || value.isBlank() ? "—" : value.strip();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
