package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;

/** Declared conflicts of interest of the caller's certification body's staff (owned by the body). */
public interface ConflictsOfInterest {

    void add(ConflictOfInterest declaration);

    /** Whether the person has an active (not ended) declaration against the supplier. */
    boolean declared(String username, TenantId supplier);

    /** One of the body's declarations, active or ended. */
    java.util.Optional<ConflictOfInterest> find(String id);

    /** One page of the body's declared conflicts (only one person's, if {@code onlyOf} names them), oldest first. */
    Page<ConflictOfInterest> all(String onlyOf, PageRequest page);
}
