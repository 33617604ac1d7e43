package com.greencert.shared.api;

import com.greencert.shared.domain.DomainMessages;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A request body read up to a limit and no further: at most {@code max + 1} bytes are ever read, so a huge
 * body costs the server one small buffer. Empty when the body is larger than the limit, which
 * {@link #tooLarge} answers.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The 413 problem for a body over its limit, in the caller's language; the rest of the body is not read, so
     * the connection is closed (it cannot carry another request).
     */
    public static Response tooLarge(String code, Locale locale, Object... arguments) {
        Problem problem = new Problem(413, "Content Too Large", DomainMessages.format(code, locale, arguments), code);
        return Response.fromResponse(problem.toResponse()).header("Connection", "close").build();
    }

    /**
     * A request's body as text, if it is within {@code max} bytes (by its declared length, then as read); empty when
     * it is over, for the caller to answer {@link #tooLarge}.
     */
    public static Optional<String> read(InputStream in, jakarta.servlet.http.HttpServletRequest http, int max)
            throws IOException {
        return http.getContentLengthLong() > max ? Optional.empty() : read(in, max);
    }

    public static Optional<String> read(InputStream in, int max) throws IOException {
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
