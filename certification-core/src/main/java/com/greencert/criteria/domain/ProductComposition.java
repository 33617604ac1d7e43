package com.greencert.criteria.domain;

import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ProductId;
import java.util.List;

/** A product of any supplier with its composition, as the regulation-change impact reads it (never shown whole). */
public record ProductComposition(TenantId supplier, ProductId id, String name, List<Component> components) {

    public ProductComposition {
        components = List.copyOf(components);
    }
}
