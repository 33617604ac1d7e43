package com.greencert.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Optional;
import java.util.Set;

/**
 * Unknown path, wrong method, a body of the wrong type, unreadable JSON: a problem in the caller's language
 * too, never an HTML error page; headers the answer needs (such as {@code Allow} on a 405) are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Set<String> KEPT = Set.of("Allow", "WWW-Authenticate", "Retry-After");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    Providers providers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.incident(e, headers);
        }
        Optional<Response> ruleSaidNo = UnexpectedExceptionMapper.refusalWithin(e, providers);
        if (ruleSaidNo.isPresent()) { // e.g. JsonDepthLimit's refusal, wrapped by the body reader
            return ruleSaidNo.get();
        }
        String path = uri.getRequestUri().getRawPath();
        Refusal refusal = switch (status) {
            case 400 -> new Refusal(400, "body.unreadable", UnreadableBodyMapper.rootMessage(e));
            case 404 -> new Refusal(404, "resource.not.found", path);
            case 405 -> new Refusal(405, "method.not.allowed", request.getMethod(), path);
            case 406 -> new Refusal(406, "not.acceptable", headers.getHeaderString(HttpHeaders.ACCEPT));
            case 415 -> new Refusal(415, "media.type.unsupported", headers.getMediaType());
            default -> new Refusal(status, "request.refused", Refusal.title(status));
        };
        Response.ResponseBuilder answer = Response.fromResponse(refusal.answer(headers, uri, request));
        original.getStringHeaders().forEach((name, values) -> {
            if (KEPT.contains(name)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}
