package com.greencert.shared.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON the endpoint expects: the caller's mistake, a 400, not a 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("");
        return new Problem(400, "Bad Request", "The request body could not be read as JSON: " + reason,
                "body.unreadable").toResponse();
    }
}
