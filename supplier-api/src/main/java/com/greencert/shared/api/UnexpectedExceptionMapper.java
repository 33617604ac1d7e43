package com.greencert.shared.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id, answered as problem+json with that id and no stack
 * trace. A concurrent change (optimistic lock) is a 409 the caller can retry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Exception e) {
        Throwable cause = e;
        while ((cause instanceof EJBException || cause.getClass().getName().startsWith("jakarta.transaction"))
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause != e && cause instanceof Exception inner) {
            ExceptionMapper mapper = providers.getExceptionMapper(inner.getClass());
            if (mapper != null && mapper != this) {
                return mapper.toResponse(inner);
            }
        }
        if (optimisticLock(e)) {
            return new Problem(409, "Conflict", "Someone else changed this record meanwhile; reload and try again.",
                    "concurrent.change").toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return new Problem(500, "Internal Server Error", "Unexpected error; incident " + incident, null)
                .toResponse();
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
