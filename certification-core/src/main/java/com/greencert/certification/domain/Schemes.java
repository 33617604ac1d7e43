package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.Optional;

/** The certification schemes of all bodies (public: suppliers choose from them). */
public interface Schemes {

    void add(Scheme scheme);

    Optional<Scheme> find(SchemeId id);

    /** One page of a body's schemes, by code and version. */
    Page<Scheme> ofBody(TenantId body, PageRequest page);

    /** One page of every body's schemes, by body, code and version. */
    Page<Scheme> all(PageRequest page);

    /** One page of every body's published scheme versions (drafts are the body's own), by body, code and version. */
    Page<Scheme> published(PageRequest page);

    /** The highest version of a body's scheme code, draft or published. */
    Optional<Scheme> latest(TenantId body, String code);

    /** The highest published version of a body's scheme code. */
    Optional<Scheme> latestPublished(TenantId body, String code);
}
