package com.greencert.evidence.api;

import com.greencert.shared.api.Problem;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.DomainMessages;
import com.greencert.evidence.domain.FileRefusedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an evidence upload whose declared length is over the limit (413) before its body is read, and
 * closes the connection. Uploads without a declared length are limited while they are read. Payara's
 * Grizzly answers {@code Expect: 100-continue} with {@code 100 Continue} before any application code runs,
 * so the refusal before {@code 100 Continue} is the HTTP listener's {@code max-post-size-bytes}, set to the
 * same limit by {@code portal-web/src/main/payara/pre-boot-commands.txt} (docs/adr/0012-upload-hardening.md);
 * this filter is the check for a server started without it.
 */
@Provider
@PreMatching
public class EvidenceUploadLimit implements ContainerRequestFilter {

    @Inject
    GreenCertConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBytes = config.evidenceMaxBytes();
        if ("POST".equals(request.getMethod()) && request.getUriInfo().getPath().startsWith("evidence")
                && request.getLength() > maxBytes + EvidenceResource.OVERHEAD) {
            var refusal = FileRefusedException.tooLarge(maxBytes);
            Locale locale = request.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
            // the body is not read: close the connection, so the client stops sending it
            request.abortWith(Response.fromResponse(new Problem(413, "Content Too Large",
                    DomainMessages.format(refusal, locale), refusal.messageKey()).toResponse())
                    .header("Connection", "close").build());
        }
    }
}
