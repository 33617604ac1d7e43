package com.greencert.credential.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A QR code drawn as vector rectangles (sharp at any zoom or print resolution, a few hundred bytes). */
final class QrCodes {

    private QrCodes() {
    }

    /**
     * Draws the QR code (one path, filled once: no seams between modules) of {@code text} in a square of side {@code size} whose lower left corner is ({@code x},
     * {@code y}); the caller keeps a white quiet zone of four modules around it.
     *
     * @return the side of one module
     */
    static float draw(PDPageContentStream page, String text, float x, float y, float size) throws IOException {
        ByteMatrix matrix = encode(text);
        int modules = matrix.getWidth();
        float module = size / modules;
        page.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (matrix.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && matrix.get(column, row) == 1) {
                    column++;
                }
                page.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        page.fill();
        return module;
    }

    private static ByteMatrix encode(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the verify link does not fit in a QR code", e);
        }
    }
}
