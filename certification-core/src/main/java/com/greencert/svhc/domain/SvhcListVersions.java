package com.greencert.svhc.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.Optional;

/** The imported versions of the candidate list (shared by all tenants). */
public interface SvhcListVersions {

    /** The version in force: the latest publication date, the latest import among equal dates. */
    Optional<SvhcListVersion> current();

    /** One page of the versions, newest first (entries not loaded until asked for). */
    Page<SvhcListVersion> page(PageRequest page);

    Optional<SvhcListVersion> find(SvhcListVersionId id);

    Optional<SvhcListVersion> findByLabel(String label);

    void add(SvhcListVersion version);
}
