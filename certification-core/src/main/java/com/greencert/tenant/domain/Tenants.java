package com.greencert.tenant.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tenant registry. */
public interface Tenants {

    Optional<Tenant> find(TenantId id);

    /** One page of the registry, by English name; only tenants whose id or name contains {@code text}, if not blank. */
    Page<Tenant> page(PageRequest page, String text);

    /** Up to {@code limit} active (not suspended) tenants of the type by English name, whose id or name contains the text. */
    List<Tenant> active(TenantType type, String text, int limit);

    void add(Tenant tenant);

    /** Those of the given tenant ids whose tenant is suspended (one query, for the registry's batches). */
    Set<String> suspendedAmong(Collection<String> ids);
}
