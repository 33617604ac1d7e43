package com.greencert.shared.api;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.DomainMessages;
import jakarta.json.JsonArray;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A request the API refuses (4xx): answered as a problem in the caller's language (Accept-Language, English
 * or Simplified Chinese), and told in one WARNING line of the log (method, path, status, code and the reason in
 * English; control characters removed and long values cut, so a caller cannot forge or flood log lines).
 */
public final class Refusal {

    private static final Logger LOG = Logger.getLogger("greencert.refusals");
    private static final int MAX_LOGGED = 400;

    private final int status;
    private final String code;
    private final Object[] arguments;

    public Refusal(int status, String code, Object... arguments) {
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public static Refusal of(int status, DomainException e) {
        return new Refusal(status, e.messageKey(), e.arguments().toArray());
    }

    public Response answer(HttpHeaders headers, UriInfo uri, Request request) {
        return answer(headers, uri, request, null);
    }

    /** With an {@code errors} member (the bad rows of an imported file) when given. */
    public Response answer(HttpHeaders headers, UriInfo uri, Request request, JsonArray errors) {
        String reason = DomainMessages.format(code, Locale.ENGLISH, arguments);
        LOG.warning(() -> oneLine(request.getMethod() + " " + uri.getRequestUri().getRawPath() + " -> " + status
                + " " + code + ": " + reason));
        Problem problem = new Problem(status, title(status), DomainMessages.format(code, locale(headers), arguments),
                code);
        Response answer = errors == null ? problem.toResponse() : problem.toResponse(errors);
        // the rest of a body refused part-way is not read: the connection cannot carry another request
        return code.equals("body.too.deep") ? Response.fromResponse(answer).header("Connection", "close").build()
                : answer;
    }

    public static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    }

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() > MAX_LOGGED ? line.substring(0, MAX_LOGGED) + "…" : line;
    }
}
