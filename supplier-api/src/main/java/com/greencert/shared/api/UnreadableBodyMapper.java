package com.greencert.shared.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * A request body that is not the JSON the endpoint expects: the caller's mistake, a 400, not a 500. A
 * business rule that said no while the body was read (such as {@link JsonDepthLimit}) answers for itself.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    Providers providers;

    @Override
    public Response toResponse(ProcessingException e) {
        return UnexpectedExceptionMapper.refusalWithin(e, providers)
                .orElseGet(() -> new Refusal(400, "body.unreadable", rootMessage(e)).answer(headers, uri, request));
    }

    /** The first line of the innermost cause's message: what the parser said. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
