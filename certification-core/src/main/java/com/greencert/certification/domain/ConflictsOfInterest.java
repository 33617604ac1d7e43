package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;

/** Declared conflicts of interest of a certification body's staff. */
public interface ConflictsOfInterest {

    void add(ConflictOfInterest declaration);

    boolean declared(TenantId body, String username, TenantId supplier);

    /** One page of a body's declared conflicts (only one person's, if {@code onlyOf} names them), oldest first. */
    Page<ConflictOfInterest> conflictsOf(TenantId body, String onlyOf, PageRequest page);
}
