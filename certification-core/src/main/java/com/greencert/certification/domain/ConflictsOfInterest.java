package com.greencert.certification.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;

/** Declared conflicts of interest of a certification body's staff. */
public interface ConflictsOfInterest {

    void add(ConflictOfInterest declaration);

    boolean declared(TenantId body, String username, TenantId supplier);

    List<ConflictOfInterest> conflictsOf(TenantId body);
}
