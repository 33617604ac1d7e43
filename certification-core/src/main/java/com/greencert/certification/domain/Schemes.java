package com.greencert.certification.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** The certification schemes of all bodies (public: suppliers choose from them). */
public interface Schemes {

    void add(Scheme scheme);

    Optional<Scheme> find(SchemeId id);

    List<Scheme> ofBody(TenantId body);

    List<Scheme> all();

    /** The highest version of a body's scheme code. */
    Optional<Scheme> latest(TenantId body, String code);
}
