package com.greencert.registry.lucene;

import com.greencert.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of a registry page: the rank key (score and supplier id) of the page's last hit, base64url.
 * Both engines rank by score then id, so a cursor means the same to each. Anything that does not decode is a 400
 * ({@code registry.cursor.invalid}), never an engine error.
 */
public final class Cursors {

    private static final String VERSION = "c1";

    /** The rank key of a hit: the page after it starts below this score, or at it with a greater id. */
    public record Position(float score, String id) {
    }

    private Cursors() {
    }

    public static String encode(float score, String id) {
        String raw = VERSION + ":" + Integer.toHexString(Float.floatToIntBits(score)) + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Position decode(String cursor) {
        try {
            if (cursor.length() > 200) {
                throw new IllegalArgumentException("too long");
            }
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] p = raw.split(":", 3);
            if (p.length != 3 || !VERSION.equals(p[0]) || p[2].isEmpty()) {
                throw new IllegalArgumentException("shape");
            }
            return new Position(Float.intBitsToFloat(Integer.parseUnsignedInt(p[1], 16)), p[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("registry.cursor.invalid");
        }
    }

    static String encode(FieldDoc last) {
        return encode((Float) last.fields[0], ((BytesRef) last.fields[1]).utf8ToString());
    }

    static FieldDoc fieldDoc(String cursor) {
        Position p = decode(cursor);
        return new FieldDoc(0, p.score(), new Object[] {p.score(), new BytesRef(p.id())});
    }
}
