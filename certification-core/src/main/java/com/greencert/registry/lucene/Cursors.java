package com.greencert.registry.lucene;

import com.greencert.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of a registry page: the rank key (score and supplier id) of the page's last hit, base64url.
 * Anything that does not decode is a 400 ({@code registry.cursor.invalid}), never an engine error.
 */
final class Cursors {

    private static final String VERSION = "c1";

    private Cursors() {
    }

    static String encode(FieldDoc last) {
        float score = (Float) last.fields[0];
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        String raw = VERSION + ":" + Integer.toHexString(Float.floatToIntBits(score)) + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(String cursor) {
        try {
            if (cursor.length() > 200) {
                throw new IllegalArgumentException("too long");
            }
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] p = raw.split(":", 3);
            if (p.length != 3 || !VERSION.equals(p[0]) || p[2].isEmpty()) {
                throw new IllegalArgumentException("shape");
            }
            float score = Float.intBitsToFloat(Integer.parseUnsignedInt(p[1], 16));
            return new FieldDoc(0, score, new Object[] {score, new BytesRef(p[2])});
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("registry.cursor.invalid");
        }
    }
}
