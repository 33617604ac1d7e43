package com.greencert.credential.pdf;

import com.greencert.credential.pdf.CertificateDocument.ScopeItem;
import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The pages of one certificate. The first page: title, number, holder, scheme, validity, facilities and as many
 * products as fit on the left; QR code, issuer and issue time on the right. Further pages list the remaining products
 * (up to {@value #MAX_LISTED} in all; the credential itself lists every one).
 */
final class CertificatePages {

    static final int MAX_LISTED = 300;
    private static final int MAX_FACILITY_LINES = 3;
    private static final float LEFT = Sheet.LEFT;
    private static final float VALUE_X = LEFT + 132;
    private static final float QR_COLUMN = 170;
    private static final float QR_X = Sheet.RIGHT - QR_COLUMN;
    private static final float VALUE_RIGHT = QR_X - 26;
    private static final float QR_SIZE = 128;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private final PDDocument pdf;
    private final PdfText text;
    private final CertificateDocument document;
    private final boolean zh;
    private final List<PDPage> pages = new ArrayList<>();

    CertificatePages(PDDocument pdf, PdfText text, CertificateDocument document, boolean chineseLeads) {
        this.pdf = pdf;
        this.text = text;
        this.document = document;
        this.zh = chineseLeads;
    }

    void compose() throws IOException {
        List<ScopeItem> products = document.products() == null ? List.of() : document.products();
        int listed;
        try (Sheet sheet = newSheet()) {
            sheet.frame();
            header(sheet);
            rightColumn(sheet);
            listed = body(sheet, products);
        }
        int last = Math.min(products.size(), MAX_LISTED);
        while (listed < last) {
            try (Sheet sheet = newSheet()) {
                sheet.frame();
                listed += continuation(sheet, products, listed, last);
            }
        }
        for (int index = 0; index < pages.size(); index++) {
            try (Sheet sheet = new Sheet(pdf, pages.get(index), text, zh, PDPageContentStream.AppendMode.APPEND)) {
                sheet.footer(document.credentialId(), index + 1, pages.size());
            }
        }
    }

    private Sheet newSheet() throws IOException {
        PDPage page = new PDPage(Sheet.A4_LANDSCAPE);
        pdf.addPage(page);
        pages.add(page);
        return new Sheet(pdf, page, text, zh, PDPageContentStream.AppendMode.OVERWRITE);
    }

    private void header(Sheet sheet) throws IOException {
        float centre = Sheet.WIDTH / 2;
        text.showCentred(sheet.page(), Label.TITLE.in(zh), centre, 534, 24, true, Sheet.GREEN);
        text.showCentred(sheet.page(), Label.TITLE.in(!zh), centre, 512, 13, false, Sheet.INK);
        String label = sheet.both(Label.NUMBER) + "   ";
        String number = dash(document.certificateNumber());
        float width = text.width(label, false, 9) + text.width(number, true, 14);
        float x = centre - width / 2;
        text.show(sheet.page(), label, x, 487, 9, false, Sheet.GREY);
        text.show(sheet.page(), number, x + text.width(label, false, 9), 487, 14, true, Sheet.INK);
        sheet.rule(LEFT, Sheet.RIGHT, 474, Sheet.GREEN, 0.8f);
    }

    /** Holder, scheme, validity, facilities, then products down to the footer; returns how many products it shows. */
    private int body(Sheet sheet, List<ScopeItem> products) throws IOException {
        float y = 452;
        y = row(sheet, Label.HOLDER, y, List.of(
                lines(primary(document.holderNameEn(), document.holderNameZh()), 12, true, Sheet.INK, 2),
                lines(secondary(document.holderNameEn(), document.holderNameZh()), 10.5f, false, Sheet.INK, 2),
                lines(sheet.both(Label.USCC) + ":  " + dash(document.holderUscc()), 8.5f, false, Sheet.GREY, 1),
                lines(sheet.both(Label.COUNTRY) + ":  " + country(document.holderCountry()), 8.5f, false,
                        Sheet.GREY, 1)));
        y = row(sheet, Label.SCHEME, y, List.of(
                lines(primary(document.schemeNameEn(), document.schemeNameZh()), 11.5f, true, Sheet.INK, 2),
                lines(secondary(document.schemeNameEn(), document.schemeNameZh()), 10, false, Sheet.INK, 2),
                lines(dash(document.schemeCode()) + "  ·  " + sheet.both(Label.VERSION) + " "
                        + dash(document.schemeVersion()), 8.5f, false, Sheet.GREY, 1)));
        String from = document.validFrom() == null ? "—" : document.validFrom().toString();
        String until = document.validUntil() == null ? "—" : document.validUntil().toString();
        y = row(sheet, Label.VALIDITY, y, List.of(
                lines(Label.VALIDITY_RANGE.in(zh, from, until), 11.5f, true, Sheet.INK, 1),
                lines(Label.VALIDITY_RANGE.in(!zh, from, until), 9, false, Sheet.GREY, 1)));
        y = row(sheet, Label.FACILITIES, y, List.of(facilityLines(sheet)));
        sheet.label(Label.PRODUCTS, LEFT, y);
        return sheet.table(products, 0, Math.min(products.size(), MAX_LISTED), VALUE_X, VALUE_RIGHT, y);
    }

    private int continuation(Sheet sheet, List<ScopeItem> products, int from, int last) throws IOException {
        text.show(sheet.page(), Label.TITLE.in(zh) + "  /  " + Label.TITLE.in(!zh), LEFT, 540, 12, true, Sheet.GREEN);
        text.showRight(sheet.page(), dash(document.certificateNumber()), Sheet.RIGHT, 540, 12, true, Sheet.INK);
        sheet.rule(LEFT, Sheet.RIGHT, 530, Sheet.GREEN, 0.8f);
        text.show(sheet.page(), sheet.both(Label.PRODUCTS_CONTINUED), LEFT, 510, 10, true, Sheet.INK);
        return sheet.table(products, from, last, LEFT, Sheet.RIGHT, 496);
    }

    private void rightColumn(Sheet sheet) throws IOException {
        float top = 452;
        float centre = QR_X + QR_COLUMN / 2;
        QrCodes.draw(sheet.page(), Objects.requireNonNull(document.verifyUrl(), "verifyUrl"), centre - QR_SIZE / 2,
                top - QR_SIZE, QR_SIZE);
        float y = top - QR_SIZE - 16;
        text.showCentred(sheet.page(), sheet.both(Label.SCAN), centre, y, 9.5f, true, Sheet.INK);
        for (String line : text.wrap(document.verifyUrl(), false, 6.5f, QR_COLUMN, 3)) {
            y -= 9;
            text.showCentred(sheet.page(), line, centre, y, 6.5f, false, Sheet.GREY);
        }
        y -= 26;
        sheet.label(Label.ISSUER, QR_X, y);
        y -= 22;
        y = sheet.lines(lines(primary(document.issuerNameEn(), document.issuerNameZh()), 10, true, Sheet.INK, 2,
                QR_COLUMN), QR_X, y);
        y = sheet.lines(lines(secondary(document.issuerNameEn(), document.issuerNameZh()), 9, false, Sheet.INK, 2,
                QR_COLUMN), QR_X, y);
        y = sheet.lines(lines(document.issuerDid(), 6.5f, false, Sheet.GREY, 3, QR_COLUMN), QR_X, y);
        y -= 14;
        sheet.label(Label.ISSUED_AT, QR_X, y);
        String issued = document.issuedAt() == null ? "—"
                : DateTimeFormatter.ISO_INSTANT.format(document.issuedAt().truncatedTo(ChronoUnit.SECONDS));
        text.show(sheet.page(), issued, QR_X, y - 33, 9.5f, false, Sheet.INK);
    }

    /** A labelled row of the first page; returns where the next one starts. */
    private float row(Sheet sheet, Label label, float top, List<Sheet.Lines> blocks) throws IOException {
        sheet.label(label, LEFT, top);
        float y = top;
        for (Sheet.Lines block : blocks) {
            y = sheet.lines(block, VALUE_X, y);
        }
        return Math.min(y, top - 22) - 12;
    }

    private Sheet.Lines facilityLines(Sheet sheet) {
        List<String> facilities = document.facilities() == null ? List.of()
                : document.facilities().stream().filter(f -> f != null && !f.isBlank()).toList();
        if (facilities.isEmpty()) {
            return lines(sheet.both(Label.NONE), 9.5f, false, Sheet.GREY, 1);
        }
        List<String> shown = new ArrayList<>();
        int room = facilities.size() > MAX_FACILITY_LINES ? MAX_FACILITY_LINES - 1 : facilities.size();
        for (String facility : facilities.subList(0, room)) {
            shown.add(text.ellipsize(facility, false, 9.5f, VALUE_RIGHT - VALUE_X));
        }
        if (room < facilities.size()) {
            int more = facilities.size() - room;
            shown.add(Label.MORE_FACILITIES.in(zh, more) + "  /  " + Label.MORE_FACILITIES.in(!zh, more));
        }
        return new Sheet.Lines(shown, 9.5f, false, Sheet.INK);
    }

    private Sheet.Lines lines(String value, float size, boolean strong, Color color, int maxLines) {
        return lines(value, size, strong, color, maxLines, VALUE_RIGHT - VALUE_X);
    }

    private Sheet.Lines lines(String value, float size, boolean strong, Color color, int maxLines, float width) {
        if (value == null || value.isBlank()) {
            return new Sheet.Lines(List.of(), size, strong, color);
        }
        return new Sheet.Lines(text.wrap(value, strong, size, width, maxLines), size, strong, color);
    }

    /** The name in the leading language (English when the Chinese one is missing). */
    private String primary(String english, String chinese) {
        return zh && !blank(chinese) ? chinese : dash(english);
    }

    /** The name in the other language, or null when missing or the same. */
    private String secondary(String english, String chinese) {
        if (blank(chinese) || blank(english) || chinese.strip().equals(english.strip())) {
            return null;
        }
        return zh ? english : chinese;
    }

    private static String country(String code) {
        if (code == null || !COUNTRY_CODE.matcher(code).matches()) {
            return dash(code);
        }
        Locale country = Locale.of("", code);
        String english = country.getDisplayCountry(Locale.ENGLISH);
        String chinese = country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
        return english.equals(code) ? code : code + "  " + english + " / " + chinese;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String dash(String value) {
        return blank(value) ? "—" : value.strip();
    }
}
