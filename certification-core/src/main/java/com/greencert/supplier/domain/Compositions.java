package com.greencert.supplier.domain;

import com.greencert.shared.domain.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The compositions of named products of one supplier, read across tenants: for the certification body that
 * evaluates an application covering those products (its service checks that first). A product the supplier no
 * longer holds is absent from the answer; one without components maps to an empty list.
 */
public interface Compositions {

    Map<ProductId, List<Component>> of(TenantId supplier, Collection<ProductId> products);
}
