package com.greencert.certification.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;

/** Declared conflicts of interest of the caller's certification body's staff (owned by the body). */
public interface ConflictsOfInterest {

    void add(ConflictOfInterest declaration);

    boolean declared(String username, TenantId supplier);

    List<ConflictOfInterest> all();
}
