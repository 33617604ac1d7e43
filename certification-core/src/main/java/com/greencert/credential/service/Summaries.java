package com.greencert.credential.service;

import com.greencert.credential.domain.IssuedCredential;
import java.time.LocalDate;
import java.util.Locale;

/** An issued credential's public facts and live state, named in the reader's language. */
final class Summaries {

    private Summaries() {
    }

    static CredentialSummary of(IssuedCredential c, LocalDate today, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        IssuedCredential.State state = c.stateOn(today);
        return new CredentialSummary(c.id(), c.certificateNumber(), c.application(), c.schemeCode(), c.schemeVersion(),
                zh ? c.schemeNameZh().orElse(c.schemeNameEn()) : c.schemeNameEn(), c.supplier(),
                zh ? c.holderNameZh().orElse(c.holderNameEn()) : c.holderNameEn(), c.body(),
                zh ? c.issuerNameZh().orElse(c.issuerNameEn()) : c.issuerNameEn(), c.issuerDid(), c.validFrom(),
                c.validUntil(), c.issuedAt(), CredentialState.valueOf(state.life().name()), state.since());
    }
}
