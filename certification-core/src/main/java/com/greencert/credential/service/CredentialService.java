package com.greencert.credential.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.credential.domain.CredentialId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The credentials of an application, for its parties (the supplier, and the body once it was submitted to it);
 * a caller of any other tenant gets {@code NotFoundException}.
 */
@ApplicationScoped
public class CredentialService {

    /** Every credential issued for the application, newest first (older ones superseded). */
    public List<CredentialSummary> ofApplication(ApplicationId application) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }

    /** The newest credential of each of these applications that has one (for the certificate columns of lists). */
    public Map<ApplicationId, CredentialSummary> newest(Collection<ApplicationId> applications) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }

    /** A credential as a file: the compact JWS, the decoded JSON, or the PDF certificate in the reader's language first. */
    public CredentialDownload download(CredentialId id, CredentialFormat format, Locale locale) {
        throw new UnsupportedOperationException("contract: implemented by the credential core");
    }
}
