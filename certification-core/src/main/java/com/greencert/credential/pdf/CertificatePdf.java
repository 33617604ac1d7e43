package com.greencert.credential.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders the printable certificate: an A4 landscape PDF in English and Simplified Chinese (the reader's language
 * leads), with fonts that ship with the product embedded as subsets, and a QR code that opens the credential's public
 * verification. A long scope continues on further pages (ADR 0017).
 */
@ApplicationScoped
public class CertificatePdf {

    /** The shipped fonts, read once per class loader (about 5 MB), on first use. */
    private static final class Fonts {
        private static final CertificateFonts SHIPPED = CertificateFonts.shipped();
    }

    /**
     * The certificate as PDF bytes.
     *
     * @param locale the reader's: Chinese leads for {@code zh}, English otherwise (null: English); both always appear
     */
    public byte[] render(CertificateDocument document, Locale locale) {
        Objects.requireNonNull(document, "document");
        boolean chineseLeads = locale != null && "zh".equals(locale.getLanguage());
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, document, chineseLeads);
            new CertificatePages(pdf, Fonts.SHIPPED.open(pdf), document, chineseLeads).compose();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate " + document.certificateNumber() + " could not be rendered", e);
        }
    }

    private static void describe(PDDocument pdf, CertificateDocument document, boolean chineseLeads) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(Label.TITLE.in(false) + " " + Objects.toString(document.certificateNumber(), "") + " / "
                + Label.TITLE.in(true));
        info.setAuthor(document.issuerNameEn());
        info.setSubject(document.holderNameEn());
        info.setCreator("GreenCert");
        if (document.issuedAt() != null) {
            Calendar issued = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            issued.setTimeInMillis(document.issuedAt().toEpochMilli());
            info.setCreationDate(issued);
        }
        pdf.getDocumentCatalog().setLanguage(chineseLeads ? "zh-CN" : "en");
    }
}
