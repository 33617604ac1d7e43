package com.greencert.certification.service;

import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import java.util.Locale;

/** How a party to an application is called, in English and Chinese (its tenant id when unknown). */
public record PartyName(String en, String zh) {

    static PartyName of(TenantId id, java.util.Optional<Tenant> tenant) {
        return tenant.map(t -> new PartyName(t.nameEn(), t.displayName("zh"))).orElse(new PartyName(id.value(), id.value()));
    }

    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
