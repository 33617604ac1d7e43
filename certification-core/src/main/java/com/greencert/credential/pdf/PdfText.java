package com.greencert.credential.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Text of one document in mixed scripts: each character is set in the Latin font when it has the glyph, else in the
 * CJK font (bold CJK is drawn filled and stroked: the shipped CJK font has no bold face), else as '?'. Measures,
 * wraps (between words, and between any two Chinese characters), shortens with an ellipsis, and shows.
 */
final class PdfText {

    private static final String ELLIPSIS = "…";

    private final PDFont regular;
    private final PDFont bold;
    private final PDFont cjk;
    private final BitSet regularCovers;
    private final BitSet boldCovers;
    private final BitSet cjkCovers;

    PdfText(PDFont regular, PDFont bold, PDFont cjk, BitSet regularCovers, BitSet boldCovers, BitSet cjkCovers) {
        this.regular = regular;
        this.bold = bold;
        this.cjk = cjk;
        this.regularCovers = regularCovers;
        this.boldCovers = boldCovers;
        this.cjkCovers = cjkCovers;
    }

    /** A piece of text set in one font. */
    private record Run(PDFont font, String text) {
    }

    float width(String text, boolean strong, float size) {
        float width = 0;
        for (Run run : runs(text, strong)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new IllegalStateException("cannot measure text in " + run.font().getName(), e);
            }
        }
        return width;
    }

    void show(PDPageContentStream page, String text, float x, float y, float size, boolean strong, Color color)
            throws IOException {
        List<Run> runs = runs(text, strong);
        if (runs.isEmpty()) {
            return;
        }
        page.setNonStrokingColor(color);
        page.setStrokingColor(color);
        page.setLineWidth(size * 0.035f);
        page.beginText();
        page.newLineAtOffset(x, y);
        for (Run run : runs) {
            boolean fakeBold = strong && run.font() == cjk;
            page.setFont(run.font(), size);
            page.setRenderingMode(fakeBold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            page.showText(run.text());
        }
        page.endText();
    }

    void showCentred(PDPageContentStream page, String text, float centre, float y, float size, boolean strong,
            Color color) throws IOException {
        show(page, text, centre - width(text, strong, size) / 2, y, size, strong, color);
    }

    void showRight(PDPageContentStream page, String text, float right, float y, float size, boolean strong,
            Color color) throws IOException {
        show(page, text, right - width(text, strong, size), y, size, strong, color);
    }

    /** The text in lines no wider than {@code max}; at most {@code maxLines}, the last one ending in '…' if cut. */
    List<String> wrap(String text, boolean strong, float size, float max, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(clean(text))) {
            String piece = token;
            if (width(line + piece.stripTrailing(), strong, size) <= max) {
                line.append(piece);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
                piece = piece.stripLeading();
            }
            while (piece.length() > 1 && width(piece.strip(), strong, size) > max) {
                int cut = longestFitting(piece, strong, size, max);
                lines.add(piece.substring(0, cut));
                piece = piece.substring(cut);
            }
            line.append(piece);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1) + ELLIPSIS, strong, size, max));
        return kept;
    }

    /** The text on one line no wider than {@code max}, cut and ending in '…' if needed. */
    String ellipsize(String text, boolean strong, float size, float max) {
        String cleaned = clean(text);
        if (width(cleaned, strong, size) <= max) {
            return cleaned;
        }
        String base = cleaned.endsWith(ELLIPSIS) ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
        int end = base.length();
        while (end > 0 && width(base.substring(0, end).stripTrailing() + ELLIPSIS, strong, size) > max) {
            end = base.offsetByCodePoints(end, -1);
        }
        return base.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private int longestFitting(String piece, boolean strong, float size, float max) {
        int end = piece.offsetByCodePoints(0, 1);
        while (end < piece.length()) {
            int next = piece.offsetByCodePoints(end, 1);
            if (width(piece.substring(0, next), strong, size) > max) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Words with their trailing spaces, and every Chinese character on its own (a line may break after it). */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            boolean breaksAfter = Character.isIdeographic(codePoint) || isCjkPunctuation(codePoint);
            if (!word.isEmpty() && !Character.isWhitespace(codePoint)
                    && (breaksAfter || Character.isWhitespace(word.codePointBefore(word.length())))) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            word.appendCodePoint(codePoint);
            if (breaksAfter) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isCjkPunctuation(int codePoint) {
        return codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> cleaned.appendCodePoint(
                Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) ? ' ' : codePoint));
        return cleaned.toString();
    }

    private List<Run> runs(String text, boolean strong) {
        PDFont latin = strong ? bold : regular;
        BitSet latinCovers = strong ? boldCovers : regularCovers;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont[] font = {null};
        clean(text).codePoints().forEach(codePoint -> {
            PDFont chosen;
            int shown = codePoint;
            if (codePoint < latinCovers.size() && latinCovers.get(codePoint)) {
                chosen = latin;
            } else if (codePoint < cjkCovers.size() && cjkCovers.get(codePoint)) {
                chosen = cjk;
            } else {
                chosen = latin;
                shown = '?';
            }
            if (chosen != font[0] && !current.isEmpty()) {
                runs.add(new Run(font[0], current.toString()));
                current.setLength(0);
            }
            font[0] = chosen;
            current.appendCodePoint(shown);
        });
        if (!current.isEmpty()) {
            runs.add(new Run(font[0], current.toString()));
        }
        return runs;
    }
}
