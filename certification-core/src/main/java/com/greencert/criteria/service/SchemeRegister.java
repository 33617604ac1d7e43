package com.greencert.criteria.service;

import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Schemes;
import com.greencert.criteria.domain.KnownSchemes;
import com.greencert.criteria.domain.SchemeTitles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The criteria's {@link KnownSchemes} and {@link SchemeTitles} ports answered by the certification feature's register of schemes: only a
 * published version counts (a body's draft is not public, and no supplier can hold its credential).
 */
@ApplicationScoped
public class SchemeRegister implements KnownSchemes, SchemeTitles {

    @Inject
    Schemes schemes;

    @Override
    public boolean exists(SchemeId scheme) {
        return schemes.find(scheme).filter(Scheme::published).isPresent();
    }

    @Override
    public java.util.Optional<String> title(SchemeId scheme, String language) {
        return schemes.find(scheme).filter(Scheme::published).map(s -> title(s, language));
    }

    @Override
    public java.util.Map<SchemeId, String> published(String language) {
        java.util.Map<SchemeId, String> titles = new java.util.LinkedHashMap<>();
        for (Scheme s : schemes.published(com.greencert.shared.domain.PageRequest.of(0,
                com.greencert.shared.domain.PageRequest.MAX_LIMIT)).items()) {
            titles.put(s.id(), title(s, language));
        }
        return titles;
    }

    private static String title(Scheme s, String language) {
        return s.code() + " v" + s.versionNo() + " · " + ("zh".equals(language) ? s.nameZh().orElse(s.nameEn()) : s.nameEn());
    }
}
