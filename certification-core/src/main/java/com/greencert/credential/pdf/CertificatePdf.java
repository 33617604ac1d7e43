package com.greencert.credential.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Placeholder of the PDF certificate's renderer (written in parallel; the integrator replaces this class). */
@ApplicationScoped
public class CertificatePdf {

    public byte[] render(CertificateDocument document, Locale locale) {
        throw new UnsupportedOperationException("the PDF certificate is not rendered yet");
    }
}
