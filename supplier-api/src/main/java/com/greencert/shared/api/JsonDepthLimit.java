package com.greencert.shared.api;

import com.greencert.shared.domain.InvalidInputException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every JSON request body is read through a counter of its nesting, whichever reader parses it (JSON-B into a
 * record, JSON-P from a string): a body nested deeper than {@value #MAX_DEPTH} levels is refused with a 400
 * {@code body.too.deep} as soon as the counter sees it, before a parser recurses into it. (Parsson's own limit
 * is 1,000 levels and ends in a plain {@code RuntimeException}, a 500.) No request of this API needs more than
 * a handful of levels. Counted on the bytes: JSON is UTF-8 (RFC 8259), whose multi-byte sequences never hold
 * an ASCII byte, so brackets inside strings are skipped by tracking quotes and escapes.
 */
@Provider
public class JsonDepthLimit implements ReaderInterceptor {

    public static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean untyped = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE) == null
                && !InputStream.class.equals(context.getType()); // a file (CSV) is read as a stream
        if (untyped || isJson(context.getMediaType())) {
            context.setInputStream(new Counted(context.getInputStream(), MAX_DEPTH));
        }
        return context.proceed();
    }

    /** JSON; a body without a declared type is counted too (the command endpoints read it as JSON). */
    static boolean isJson(MediaType type) {
        return type == null || type.isWildcardType() || type.getSubtype().equals("json")
                || type.getSubtype().endsWith("+json");
    }

    /** Passes the bytes through unchanged, counting open arrays and objects outside strings. */
    static final class Counted extends FilterInputStream {

        private final int max;
        private int depth;
        private boolean inString;
        private boolean escaped;

        Counted(InputStream in, int max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                see(buffer[i]);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] discard = new byte[(int) Math.min(n, 8192)];
            int read = read(discard, 0, discard.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void see(int b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > max) {
                    throw new InvalidInputException("body.too.deep", max);
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
    }
}
