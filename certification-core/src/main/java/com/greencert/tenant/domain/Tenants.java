package com.greencert.tenant.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.Optional;

/** The tenant registry. */
public interface Tenants {

    Optional<Tenant> find(TenantId id);

    /** One page of the registry, by English name; only tenants whose id or name contains {@code text}, if not blank. */
    Page<Tenant> page(PageRequest page, String text);

    void add(Tenant tenant);
}
