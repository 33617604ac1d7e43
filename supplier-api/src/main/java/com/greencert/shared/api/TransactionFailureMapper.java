package com.greencert.shared.api;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * A transaction that failed (typically at commit) is answered like any unforeseen error. Without this
 * mapper, Jersey's own one for {@link TransactionalException} rethrows it, and the caller gets Payara's
 * HTML error page instead of a problem.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    Providers providers;

    @Override
    public Response toResponse(TransactionalException e) {
        return providers.getExceptionMapper(Exception.class).toResponse(e);
    }
}
