package com.greencert.shared.api;

import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RowsRejectedException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.ServiceUnavailableException;
import com.greencert.shared.domain.TooManyRequestsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Turns a business rule's refusal into a problem+json answer in the caller's language (a {@link Refusal});
 * a refused import lists its bad rows in an {@code errors} member ({@code row}, {@code code}, {@code detail});
 * a quota or rate limit says when to ask again ({@code Retry-After}, seconds).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(DomainException e) {
        Response.Status status = switch (e) {
            case InvalidInputException i -> Response.Status.BAD_REQUEST;
            case RowsRejectedException r -> Response.Status.BAD_REQUEST;
            case NotFoundException n -> Response.Status.NOT_FOUND;
            case RuleViolationException r -> Response.Status.CONFLICT;
            case AccessDeniedException a -> Response.Status.FORBIDDEN;
            case TooManyRequestsException t -> Response.Status.TOO_MANY_REQUESTS;
            case ServiceUnavailableException u -> Response.Status.SERVICE_UNAVAILABLE;
        };
        Refusal refusal = Refusal.of(status.getStatusCode(), e);
        if (e instanceof RowsRejectedException rejected) {
            return refusal.answer(headers, uri, request, RowErrors.toJson(rejected.rows(), Refusal.locale(headers)));
        }
        Response answer = refusal.answer(headers, uri, request);
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(answer).header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        if (e instanceof ServiceUnavailableException unavailable) {
            LOG.warning(() -> "Answered 503: " + e.getMessage());
            return Response.fromResponse(answer).header("Retry-After", unavailable.retryAfterSeconds()).build();
        }
        return answer;
    }
}
