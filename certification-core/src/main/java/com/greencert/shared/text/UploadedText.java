package com.greencert.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A text file someone uploaded (a CSV export, an import sheet): read up to a size limit, decoded as UTF-8
 * when it is valid UTF-8 and otherwise in the charset such files usually come in, without a byte order mark.
 */
public final class UploadedText {

    private UploadedText() {
    }

    /** The decoded text, or empty when the file is larger than {@code maxBytes}. */
    public static Optional<String> read(InputStream in, int maxBytes, Charset fallback) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(decode(bytes, fallback));
    }

    static String decode(byte[] bytes, Charset fallback) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, fallback);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
