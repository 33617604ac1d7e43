package com.greencert.supplier.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's products. Implementations see only the current tenant's rows. */
public interface Products {

    Optional<Product> find(ProductId id);

    List<Product> all();

    void add(Product product);
}
