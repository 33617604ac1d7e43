package com.greencert.criteria.service;

import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Schemes;
import com.greencert.criteria.domain.KnownSchemes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The criteria's {@link KnownSchemes} port answered by the certification feature's register of schemes: only a
 * published version counts (a body's draft is not public, and no supplier can hold its credential).
 */
@ApplicationScoped
public class SchemeRegister implements KnownSchemes {

    @Inject
    Schemes schemes;

    @Override
    public boolean exists(SchemeId scheme) {
        return schemes.find(scheme).filter(Scheme::published).isPresent();
    }
}
