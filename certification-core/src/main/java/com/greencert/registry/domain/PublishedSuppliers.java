package com.greencert.registry.domain;

import java.util.Collection;
import java.util.List;

/** The cross-tenant read of what suppliers published, in batches (a full rebuild reads every supplier). */
public interface PublishedSuppliers {

    /** Supplier tenant ids that have a company profile, in id order, after {@code afterId} (null: from the start). */
    List<String> idsAfter(String afterId, int max);

    List<PublishedProfile> profiles(Collection<String> tenantIds);

    List<PublishedProduct> products(Collection<String> tenantIds);

    List<PublishedFacility> facilities(Collection<String> tenantIds);
}
