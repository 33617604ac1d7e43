package com.greencert.credential.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.greencert.credential.pdf.CertificateDocument.ScopeItem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class CertificatePdfTest {

    private static final String VERIFY_URL =
            "https://portal.greencert.example:8443/verify?credential=urn:uuid:6f1c2d9e-3b7a-4c55-9a61-0e2f8b7d4c13";

    private final CertificatePdf pdf = new CertificatePdf();

    @Test
    void shows_the_certificate_in_both_languages_with_its_fonts_embedded() throws IOException {
        byte[] bytes = pdf.render(certificate(products(4)), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = text(document);
            assertThat(text).contains("Certificate of Conformity", "合格证书", "SEC-GCE-2026-000042",
                    "Zhejiang Lvyuan Fine Chemicals Co., Ltd.", "浙江绿源精细化工有限公司", "91330100MA2B3C4D5E",
                    "GCE-2026", "Green Chemicals Export scheme", "绿色化学品出口认证方案", "2026-03-01", "2029-02-28",
                    "Shanghai Conformity Assessment", "上海合格评定中心", "did:web:portal.greencert.example",
                    "2026-03-01T09:30:00Z", "Scan to verify", "扫码验证", "urn:uuid:6f1c2d9e-3b7a-4c55-9a61-0e2f8b7d4c13",
                    "Ethyl acetate 99.9 %", "2915.31", "UN1173", "Hangzhou plant, No. 8 Binhai Road", "证书持有人");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).containsAnyOf("NotoSans", "DroidSansFallback");
            });
        }
    }

    @Test
    void the_qr_code_opens_the_verify_page() throws Exception {
        byte[] bytes = pdf.render(certificate(products(4)), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
            assertThat(decodeQr(page)).isEqualTo(VERIFY_URL);
        }
    }

    @Test
    void chinese_leads_for_a_chinese_reader_and_english_still_appears() throws IOException {
        byte[] bytes = pdf.render(certificate(products(2)), Locale.SIMPLIFIED_CHINESE);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = text(document);
            assertThat(text.strip().lines().findFirst()).hasValue("合格证书");
            assertThat(text).contains("Certificate of Conformity", "证书编号 / Certificate No.",
                    "自 2026-03-01 至 2029-02-28", "from 2026-03-01 until 2029-02-28");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
    }

    @Test
    void missing_chinese_names_fall_back_to_english() throws IOException {
        CertificateDocument english = new CertificateDocument("SEC-GCE-2026-000043", "urn:uuid:1", "Acme Solvents GmbH",
                null, null, "DE", "GCE-2026", "1", "Green Chemicals Export scheme", null,
                List.of(new ScopeItem("Toluene", "2902.30", null)), null, LocalDate.of(2026, 1, 1), null,
                "Shanghai Conformity Assessment Centre", " ", null, null, VERIFY_URL);

        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            try (PDDocument document = Loader.loadPDF(pdf.render(english, locale))) {
                assertThat(text(document)).contains("Acme Solvents GmbH", "Green Chemicals Export scheme",
                        "Shanghai Conformity Assessment", "Toluene", "Germany / 德国", "合格证书");
            }
        }
    }

    @Test
    void a_long_scope_continues_on_further_pages_and_a_huge_one_is_cut_with_a_note() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(certificate(products(200)), Locale.ENGLISH))) {
            String text = text(document);
            assertThat(document.getNumberOfPages()).isBetween(5, 10);
            assertThat(text).contains("more on the following pages", "Products in scope (continued)",
                    "Solvent product 200 (industrial grade)", "Page " + document.getNumberOfPages() + " of "
                            + document.getNumberOfPages());
            assertThat(text).doesNotContain("the credential lists every product");
            assertThat(fonts(document)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
        try (PDDocument document = Loader.loadPDF(pdf.render(certificate(products(1000)), Locale.ENGLISH))) {
            String text = text(document);
            assertThat(text).contains("Solvent product 300 (industrial grade)", "+700 more; the credential lists every product",
                    "另有 700 项，电子凭证列出全部产品");
            assertThat(text).doesNotContain("Solvent product 301 ");
        }
    }

    @Test
    void hostile_text_is_shown_not_interpreted() throws IOException {
        String odd = "Ölwerk \"Süd\" (x) \\ \t\n\u0000 😀 \u202Eevil 𠀋 " + "very long ".repeat(60);
        CertificateDocument document = new CertificateDocument("SEC-X-1", "urn:uuid:2", odd, odd, odd, "XX", odd, odd,
                odd, odd, List.of(new ScopeItem(odd, odd, odd)), List.of(odd, odd, odd, odd, odd), null, null, odd,
                odd, odd, Instant.EPOCH, VERIFY_URL + "&x=" + "y".repeat(300));

        try (PDDocument rendered = Loader.loadPDF(pdf.render(document, Locale.GERMAN))) {
            assertThat(text(rendered)).contains("Ölwerk", "+3 more; the credential lists every facility");
        }
    }

    @Test
    void renders_the_same_certificate_from_many_threads_at_once() throws Exception {
        CertificateDocument document = certificate(products(40));
        String expected = text(pdf.render(document, Locale.SIMPLIFIED_CHINESE));
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<String>> renders = threads.invokeAll(
                    Collections.nCopies(8, () -> text(pdf.render(document, Locale.SIMPLIFIED_CHINESE))));
            for (Future<String> render : renders) {
                assertThat(render.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void renders_quickly_once_warm() {
        CertificateDocument document = certificate(products(12));
        pdf.render(document, Locale.ENGLISH);
        long start = System.nanoTime();
        int runs = 10;
        int size = 0;
        for (int run = 0; run < runs; run++) {
            size = pdf.render(document, run % 2 == 0 ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE).length;
        }
        long millis = (System.nanoTime() - start) / 1_000_000 / runs;
        System.out.printf("certificate PDF: %d ms per render (warm), %d bytes%n", millis, size);
        assertThat(size).isLessThan(400_000);
    }

    /** Writes the first page as PNG for the README: {@code -Dgreencert.certificate.png=docs/images/certificate-pdf-en.png}. */
    @Test
    @EnabledIfSystemProperty(named = "greencert.certificate.png", matches = ".+")
    void writes_the_first_page_as_png() throws IOException {
        Path target = Path.of(System.getProperty("greencert.certificate.png"));
        if (!target.isAbsolute()) {
            target = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).resolve(target);
        }
        try (PDDocument document = Loader.loadPDF(pdf.render(certificate(products(6)), Locale.ENGLISH))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.RGB);
            Files.createDirectories(target.getParent());
            ImageIO.write(page, "png", target.toFile());
        }
    }

    static CertificateDocument certificate(List<ScopeItem> products) {
        return new CertificateDocument("SEC-GCE-2026-000042", "urn:uuid:6f1c2d9e-3b7a-4c55-9a61-0e2f8b7d4c13",
                "Zhejiang Lvyuan Fine Chemicals Co., Ltd.", "浙江绿源精细化工有限公司", "91330100MA2B3C4D5E", "CN",
                "GCE-2026", "3", "Green Chemicals Export scheme", "绿色化学品出口认证方案", products,
                List.of("Hangzhou plant, No. 8 Binhai Road, Qiantang District, Hangzhou", "Ningbo tank farm, 宁波市北仑区"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28), "Shanghai Conformity Assessment Centre",
                "上海合格评定中心", "did:web:portal.greencert.example%3A8443:bodies:sca",
                Instant.parse("2026-03-01T09:30:00.123Z"), VERIFY_URL);
    }

    static List<ScopeItem> products(int count) {
        List<ScopeItem> products = new ArrayList<>(List.of(new ScopeItem("Ethyl acetate 99.9 % 乙酸乙酯", "2915.31", "UN1173"),
                new ScopeItem("Polyester resin, water-based", "3907.91", null)));
        IntStream.rangeClosed(3, count).forEach(n -> products.add(
                new ScopeItem("Solvent product " + n + " (industrial grade)", "2902.30", n % 3 == 0 ? "UN1294" : null)));
        return products.subList(0, count);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static String decodeQr(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
