package com.greencert.supplier.domain;

import java.util.Optional;

/** The current tenant's company profile (at most one). Implementations see only the current tenant's row. */
public interface CompanyProfiles {

    Optional<CompanyProfile> current();

    void add(CompanyProfile profile);
}
