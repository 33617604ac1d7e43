package com.greencert.tenant.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenant registry. */
public interface Tenants {

    Optional<Tenant> find(TenantId id);

    List<Tenant> all();

    void add(Tenant tenant);
}
