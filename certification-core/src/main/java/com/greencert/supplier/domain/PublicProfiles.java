package com.greencert.supplier.domain;

import com.greencert.shared.domain.TenantId;
import java.util.Optional;

/** The public registry's view of suppliers' company profiles, any tenant's (only their public sections). */
public interface PublicProfiles {

    Optional<PublicCompanyProfile> of(TenantId supplier);
}
