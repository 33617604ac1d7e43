package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.openqa.selenium.By;

/**
 * What the credential browser test reads outside the browser: a file downloaded with the browser's own session,
 * the QR code on a PDF's first page, and whether a page shows anything a reader should never see (a
 * translation key, an enum name, a JSON field name, a bare UUID).
 */
final class CredentialArtefacts {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern RAW = Pattern.compile(
            "!\\{|\\b(?:credential|verify|public|keys|landing|nav|application|certificate)\\.[a-z0-9.\\-]+[a-z0-9]"
            + "|\\b(?:VALID|SUSPENDED|REVOKED|SUPERSEDED|EXPIRED|NOT_YET_VALID|PASSED|FAILED|NOT_CHECKED)\\b"
            + "|\\b(?:credentialSubject|credentialStatus|validFrom|validUntil|statusListIndex|stateSince)\\b"
            + "|\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

    private CredentialArtefacts() {
    }

    /** Fetches a link of the page (e.g. a Vaadin download) with the browser's cookies, i.e. as the signed-in person. */
    static HttpResponse<byte[]> download(Browser browser, String url) throws IOException, InterruptedException {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first page of the PDF as an image (kept for a person to look at) and the text of its QR code. */
    static String qrCode(byte[] pdf, java.nio.file.Path keepImage) throws Exception {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
        }
        java.nio.file.Files.createDirectories(keepImage.getParent());
        javax.imageio.ImageIO.write(page, "png", keepImage.toFile());
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new QRCodeReader().decode(bitmap, hints).getText();
        } catch (NotFoundException notAtFirstGlance) {
            Result[] all = new QRCodeMultiReader().decodeMultiple(bitmap, hints);
            return all[0].getText();
        }
    }

    /** The visible text of the page holds no raw key, enum name, JSON field name or bare UUID. */
    static void assertReadable(Browser browser, String page) {
        String text = browser.driver.findElement(By.tagName("body")).getText();
        var found = RAW.matcher(text);
        if (found.find()) {
            browser.dump("raw-" + page);
            throw new AssertionError(page + " shows '" + found.group() + "' in: " + text);
        }
    }
}
