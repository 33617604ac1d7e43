package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;

/** Declared conflicts of interest of the caller's certification body's staff (owned by the body). */
public interface ConflictsOfInterest {

    void add(ConflictOfInterest declaration);

    boolean declared(String username, TenantId supplier);

    /** One page of the body's declared conflicts (only one person's, if {@code onlyOf} names them), oldest first. */
    Page<ConflictOfInterest> all(String onlyOf, PageRequest page);
}
