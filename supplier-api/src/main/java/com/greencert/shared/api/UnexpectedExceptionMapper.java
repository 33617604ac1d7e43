package com.greencert.shared.api;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.DomainMessages;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id and its stack trace, answered as problem+json with that id
 * and no stack trace. A business rule's refusal is answered as such however deeply a container wrapped it
 * (EJB, transaction, a body reader); a concurrent change (optimistic lock) is a 409 the caller can retry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    Providers providers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Exception e) {
        Optional<Response> refusal = refusalWithin(e, providers);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Throwable cause = e;
        while ((cause instanceof EJBException || cause.getClass().getName().startsWith("jakarta.transaction"))
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause != e && cause instanceof Exception inner) {
            ExceptionMapper mapper = providers.getExceptionMapper(inner.getClass());
            if (mapper != null && !(mapper instanceof UnexpectedExceptionMapper)) {
                return mapper.toResponse(inner);
            }
        }
        if (optimisticLock(e)) {
            return new Refusal(409, "concurrent.change").answer(headers, uri, request);
        }
        return incident(e, headers);
    }

    /** The 500 answer: an incident id in the log (with the stack trace) and in the problem, nothing else. */
    static Response incident(Throwable e, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return new Problem(500, "Internal Server Error",
                DomainMessages.format("server.error", headers == null ? null : Refusal.locale(headers), incident), null)
                .toResponse();
    }

    /** A business rule's refusal anywhere in the causes, answered by its own mapper. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<Response> refusalWithin(Throwable e, Providers providers) {
        return domainCause(e).map(d -> {
            ExceptionMapper mapper = providers.getExceptionMapper(d.getClass());
            return mapper.toResponse(d);
        });
    }

    static Optional<DomainException> domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException d) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A lost race on a version column, however deep the transaction manager wrapped it. */
    private static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
