package com.greencert.evidence.api;

import com.greencert.evidence.domain.FileRefusedException;
import com.greencert.shared.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body read part by part as it arrives (RFC 7578; framing of RFC 2046), so
 * that a part's content streams straight on to its reader, never spooled and never held in memory. The
 * delimiter is found with a Boyer-Moore-Horspool search, which skips up to the boundary's length per
 * step: on random content it touches a few bytes in fifty, where a byte-by-byte scan (as in Commons
 * FileUpload's {@code MultipartInput}) touches all of them (docs/adr/0012-upload-hardening.md).
 * Part headers are UTF-8 (RFC 7578 section 5.1; ISO-8859-1 if they are not valid UTF-8); a file name
 * is taken from {@code filename*} (RFC 8187/5987) when there is one, else from {@code filename}.
 * Not thread-safe; the caller owns (and closes) the underlying stream.
 */
final class MultipartForm {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_PARTS = 16;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private final InputStream in;
    /** CRLF "--" boundary: what ends a part's content. */
    private final byte[] delimiter;
    private final int[] skip = new int[256];
    private final long maxBody;
    private final long maxFile;
    private final byte[] buf;
    /** Unread bytes are {@code buf[pos, lim)}. */
    private int pos;
    private int lim;
    /** No delimiter starts before this index (so far searched). */
    private int searchedTo;
    private long received;
    private int parts;
    private boolean started;
    private boolean ended;
    private Part current;

    private MultipartForm(InputStream in, byte[] boundary, long maxFile, long maxBody) {
        this.in = in;
        this.maxFile = maxFile;
        this.maxBody = maxBody;
        this.delimiter = new byte[boundary.length + 4];
        delimiter[0] = '\r';
        delimiter[1] = '\n';
        delimiter[2] = '-';
        delimiter[3] = '-';
        System.arraycopy(boundary, 0, delimiter, 4, boundary.length);
        Arrays.fill(skip, delimiter.length);
        for (int i = 0; i < delimiter.length - 1; i++) {
            skip[delimiter[i] & 0xFF] = delimiter.length - 1 - i;
        }
        this.buf = new byte[BUFFER + delimiter.length];
        // a body starts with "--boundary", not CRLF "--boundary": a CRLF in front lets one delimiter do for all
        buf[0] = '\r';
        buf[1] = '\n';
        lim = 2;
    }

    /**
     * @param contentType the request's Content-Type, with its {@code boundary}
     * @param maxFile the largest file accepted (for the refusal's message)
     * @param maxBody the most bytes read from the body in all
     */
    static MultipartForm open(String contentType, InputStream body, long maxFile, long maxBody) {
        String boundary = contentType == null ? null : PartHeaders.parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
            throw new InvalidInputException("evidence.multipart.malformed", "no boundary");
        }
        return new MultipartForm(body, boundary.getBytes(StandardCharsets.ISO_8859_1), maxFile, maxBody);
    }

    /** The next part (the rest of the current one is skipped), or null after the last. */
    Part next() throws IOException {
        if (ended) {
            return null;
        }
        if (current != null) {
            current.skipRest();
        } else if (!started) {
            skipPreamble();
        }
        started = true;
        // after a delimiter: "--" ends the body; else optional padding, then CRLF and the part's headers
        ensure(2);
        if (lim - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
            ended = true;
            current = null;
            return null;
        }
        while (ensure(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
            pos++;
        }
        if (!ensure(2) || buf[pos] != '\r' || buf[pos + 1] != '\n') {
            throw malformed("a boundary line does not end with CRLF");
        }
        pos += 2;
        if (++parts > MAX_PARTS) {
            throw malformed("more than " + MAX_PARTS + " parts");
        }
        current = new Part(readHeaders());
        return current;
    }

    /** Skips what is left of the body (after the parts the caller wanted), leniently: it only keeps the connection clean. */
    void drain() {
        try {
            while (next() != null) {
                // skipped
            }
        } catch (IOException | RuntimeException ignored) {
            // the request is answered already; a broken epilogue changes nothing
        }
    }

    /**
     * Reads and drops what is left of a request body, at most {@code max} bytes (beyond what a form already
     * buffered); true if the body ended, false if more remains (or it broke off).
     */
    static boolean skip(InputStream body, long max) {
        byte[] sink = new byte[16 * 1024];
        long skipped = 0;
        try {
            for (int n = body.read(sink); n >= 0; n = body.read(sink)) {
                skipped += n;
                if (skipped > max) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException broken) {
            return false;
        }
    }

    private void skipPreamble() throws IOException {
        while (true) {
            int at = search();
            if (at >= 0) {
                pos = at + delimiter.length;
                return;
            }
            pos = Math.max(pos, lim - (delimiter.length - 1));
            if (!fill()) {
                throw malformed("no boundary in the body");
            }
        }
    }

    private Map<String, String> readHeaders() throws IOException {
        if (ensure(2) && buf[pos] == '\r' && buf[pos + 1] == '\n') {
            pos += 2; // no headers at all
            return Map.of();
        }
        int from = pos;
        while (true) {
            int end = indexOf(HEADER_END, from);
            if (end >= 0) {
                String block = decode(buf, pos, end - pos);
                pos = end + HEADER_END.length;
                return PartHeaders.parse(block);
            }
            from = Math.max(pos, lim - (HEADER_END.length - 1));
            if (lim - pos > MAX_HEADER_BYTES) {
                throw malformed("part headers longer than " + MAX_HEADER_BYTES + " bytes");
            }
            int before = pos;
            if (!fill()) {
                throw malformed("the body ends inside part headers");
            }
            from -= before - pos; // fill() may have moved the unread bytes to the front
        }
    }

    /** The index of the next delimiter in {@code buf[pos, lim)}, or -1 (Horspool). */
    private int search() {
        int n = delimiter.length;
        int last = n - 1;
        int i = Math.max(pos, searchedTo);
        while (i + last < lim) {
            int k = last;
            while (k >= 0 && buf[i + k] == delimiter[k]) {
                k--;
            }
            if (k < 0) {
                searchedTo = i;
                return i;
            }
            i += skip[buf[i + last] & 0xFF];
        }
        searchedTo = i;
        return -1;
    }

    private int indexOf(byte[] pattern, int from) {
        outer:
        for (int i = from; i + pattern.length <= lim; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (buf[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Makes {@code n} unread bytes available if the body has them; false at its end. */
    private boolean ensure(int n) throws IOException {
        while (lim - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front and reads more; false at the end of the body. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            searchedTo = Math.max(0, searchedTo - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            throw new IllegalStateException("multipart buffer full");
        }
        int n;
        try {
            n = in.read(buf, lim, buf.length - lim);
        } catch (IOException interrupted) {
            throw new InvalidInputException("evidence.upload.incomplete");
        }
        if (n < 0) {
            return false;
        }
        received += n;
        if (received > maxBody) {
            throw FileRefusedException.tooLarge(maxFile);
        }
        lim += n;
        return true;
    }

    private static String decode(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
    }

    private static InvalidInputException malformed(String why) {
        return new InvalidInputException("evidence.multipart.malformed", why);
    }

    /** One part: its headers, and its content as a stream that ends where the part ends. */
    final class Part {
        private final Map<String, String> headers;
        private final Map<String, String> disposition;
        private final InputStream content = new Content();
        private boolean done;

        private Part(Map<String, String> headers) {
            this.headers = headers;
            this.disposition = PartHeaders.parameters(headers.getOrDefault("content-disposition", ""));
        }

        /** The form field's name ({@code name} of its Content-Disposition), or empty. */
        String name() {
            return disposition.getOrDefault("name", "");
        }

        /** The file name: {@code filename*} (RFC 8187) if there is a readable one, else {@code filename}. */
        Optional<String> fileName() {
            return Optional.ofNullable(disposition.get("filename*")).flatMap(PartHeaders::extendedValue)
                    .or(() -> Optional.ofNullable(disposition.get("filename")));
        }

        String contentType() {
            return headers.get("content-type");
        }

        InputStream content() {
            return content;
        }

        /** The whole content, if it has at most {@code max} bytes; else null. */
        byte[] readAtMost(int max) throws IOException {
            byte[] bytes = content.readNBytes(max + 1);
            return bytes.length > max ? null : bytes;
        }

        private void skipRest() throws IOException {
            byte[] sink = new byte[8 * 1024];
            while (content.read(sink) >= 0) {
                // skipped
            }
        }

        private final class Content extends InputStream {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (done) {
                    return -1;
                }
                if (len == 0) {
                    return 0;
                }
                while (true) {
                    int at = search();
                    if (at >= 0) {
                        if (at == pos) {
                            done = true;
                            pos = at + delimiter.length;
                            return -1;
                        }
                        return take(b, off, Math.min(len, at - pos));
                    }
                    int safe = lim - pos - (delimiter.length - 1); // the rest may be the start of a delimiter
                    if (safe > 0) {
                        return take(b, off, Math.min(len, safe));
                    }
                    if (!fill()) {
                        throw malformed("the body ends inside a part");
                    }
                }
            }

            private int take(byte[] b, int off, int n) {
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
        }
    }
}
