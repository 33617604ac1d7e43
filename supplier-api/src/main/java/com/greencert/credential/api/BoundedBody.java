package com.greencert.credential.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A request body read up to a limit and no further: at most {@code max + 1} bytes are ever read, so a huge
 * body costs the server one small buffer. Empty when the body is larger than the limit.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    static Optional<String> read(InputStream in, int max) throws IOException {
        if (in == null) {
            return Optional.of("");
        }
        byte[] buffer = new byte[Math.min(max + 1, 8192)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > max) {
                    return Optional.empty();
                }
                buffer = Arrays.copyOf(buffer, Math.min(max + 1, buffer.length * 2));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        return length > max ? Optional.empty() : Optional.of(new String(buffer, 0, length, StandardCharsets.UTF_8));
    }
}
