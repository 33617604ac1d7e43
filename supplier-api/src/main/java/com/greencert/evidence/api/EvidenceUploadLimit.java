package com.greencert.evidence.api;

import com.greencert.shared.api.Problem;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.shared.domain.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an evidence upload whose declared length is over the limit before its body is read (the
 * multipart reader would otherwise spool it to disk first), and closes the connection. A client that
 * sends {@code Expect: 100-continue} is refused before it sends a byte of the body. Uploads without a
 * declared length are still limited while they are stored.
 */
@Provider
@PreMatching
public class EvidenceUploadLimit implements ContainerRequestFilter {

    /** Room for the multipart boundaries, headers and the metadata part. */
    private static final long OVERHEAD = 1024 * 1024;

    @Inject
    GreenCertConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBytes = config.evidenceMaxBytes();
        if ("POST".equals(request.getMethod()) && request.getUriInfo().getPath().startsWith("evidence")
                && request.getLength() > maxBytes + OVERHEAD) {
            var refusal = new InvalidInputException("evidence.file.too.large", maxBytes / (1024 * 1024));
            Locale locale = request.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
            // the body is not read: close the connection, so the client stops sending it
            request.abortWith(Response.fromResponse(new Problem(400, "Bad Request",
                    DomainMessages.format(refusal, locale), refusal.messageKey()).toResponse())
                    .header("Connection", "close").build());
        }
    }
}
