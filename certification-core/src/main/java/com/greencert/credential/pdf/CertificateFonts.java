package com.greencert.credential.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificate's fonts, as they ship in {@code /fonts} (never the operating system's): Noto Sans regular and bold
 * for Latin text, Droid Sans Fallback for Chinese. Holds the bytes and which characters each font covers, read once;
 * every document gets its own {@link PDType0Font}s (embedded as subsets) from these bytes.
 */
final class CertificateFonts {

    private static final int BMP = 0x10000;

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] cjk;
    private final BitSet regularCovers;
    private final BitSet boldCovers;
    private final BitSet cjkCovers;

    private CertificateFonts(byte[] regular, byte[] bold, byte[] cjk) {
        this.regular = regular;
        this.bold = bold;
        this.cjk = cjk;
        this.regularCovers = coverage(regular);
        this.boldCovers = coverage(bold);
        this.cjkCovers = coverage(cjk);
    }

    /** Reads the shipped fonts; fails loudly when one is missing (a packaging fault). */
    static CertificateFonts shipped() {
        return new CertificateFonts(resource("NotoSans-Regular.ttf"), resource("NotoSans-Bold.ttf"),
                resource("DroidSansFallbackFull.ttf"));
    }

    /** The fonts of one document, embedded as subsets of what it shows. */
    PdfText open(PDDocument document) throws IOException {
        return new PdfText(load(document, regular), load(document, bold), load(document, cjk), regularCovers,
                boldCovers, cjkCovers);
    }

    /**
     * Parses the font for this document (from the cached bytes, without copying them) with glyph substitution off:
     * certificates need no ligatures, widths are measured glyph by glyph, and PDFBox's Latin substitution compiles a
     * regular expression at every {@code showText} (most of the rendering time with it on).
     */
    private static PDType0Font load(PDDocument document, byte[] font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        ttf.setEnableGsub(false);
        document.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(document, ttf, true);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the certificate font /fonts/" + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitSet coverage(byte[] font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet covers = new BitSet(BMP);
            for (int codePoint = 0; codePoint < BMP; codePoint++) {
                if (cmap.getGlyphId(codePoint) > 0) {
                    covers.set(codePoint);
                }
            }
            return covers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
