package com.greencert.supplier.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/** The current tenant's products. Implementations see only the current tenant's rows. */
public interface Products {

    /** Sort keys {@link #page} offers besides its own order (English name, then id). */
    String SORT_NAME = "name";
    String SORT_HS_CODE = "hsCode";
    String SORT_UN_NUMBER = "unNumber";

    Optional<Product> find(ProductId id);

    /**
     * One page of the tenant's products, by English name unless sorted by another key; only those whose
     * English or Chinese name contains {@code nameContains} (any case), if it is not blank.
     */
    Page<Product> page(PageRequest page, String nameContains);

    /** How many products the tenant has. */
    long count();

    /**
     * How many of the tenant's products have a component whose CAS number, or else EC number, is one of
     * these, at a minimum concentration above the threshold (counted in the database, not product by product).
     */
    long countWithComponentAbove(Collection<String> casNumbers, Collection<String> ecNumbers, BigDecimal threshold);

    void add(Product product);
}
