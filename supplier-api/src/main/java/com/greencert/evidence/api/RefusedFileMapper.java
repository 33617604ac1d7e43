package com.greencert.evidence.api;

import com.greencert.evidence.domain.FileRefusedException;
import com.greencert.shared.api.Problem;
import com.greencert.shared.domain.DomainMessages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A refused upload as the status that says why (RFC 9110): 413 too large, 415 a type the vault does not
 * take or that contradicts the claim, 422 the right type with unacceptable content; problem+json in the
 * caller's language, logged at WARNING in one line (no stack trace: the caller's file, not our fault).
 */
@Provider
public class RefusedFileMapper implements ExceptionMapper<FileRefusedException> {

    private static final Logger LOG = Logger.getLogger(RefusedFileMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(FileRefusedException e) {
        int code = switch (e.reason()) {
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNPROCESSABLE -> 422;
        };
        String title = switch (code) {
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            default -> "Unprocessable Content";
        };
        Locale locale = headers == null ? Locale.ENGLISH
                : headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
        LOG.warning(() -> "Upload refused (" + code + "): " + e.getMessage());
        return new Problem(code, title, DomainMessages.format(e, locale), e.messageKey()).toResponse();
    }
}
