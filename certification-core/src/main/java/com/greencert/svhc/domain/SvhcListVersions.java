package com.greencert.svhc.domain;

import java.util.List;
import java.util.Optional;

/** The imported versions of the candidate list (shared by all tenants). */
public interface SvhcListVersions {

    /** The version in force: the latest publication date, the latest import among equal dates. */
    Optional<SvhcListVersion> current();

    /** All versions, newest first (entries not loaded until asked for). */
    List<SvhcListVersion> all();

    Optional<SvhcListVersion> find(SvhcListVersionId id);

    Optional<SvhcListVersion> findByLabel(String label);

    void add(SvhcListVersion version);
}
