package com.greencert.criteria.domain;

import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.SvhcScreening;
import java.math.BigDecimal;
import java.util.Set;

/**
 * No substance of very high concern (SVHC, on the REACH candidate list in force) above 0.1 % w/w in the
 * supplier's products, as the supplier's SVHC screening tells it. The threshold is the one of REACH Article 33 and
 * is fixed; a component whose declared range reaches above it leaves the answer unknown.
 *
 * @param products the products it is about; empty for all of the supplier's products
 */
public record NoSvhcAbove(Set<ProductId> products, Importance importance) implements Criterion {

    /** 0.1 % w/w: the screening's own threshold, whose verdicts this criterion reads (not a second copy of it). */
    public static final BigDecimal THRESHOLD_PERCENT = SvhcScreening.THRESHOLD;

    public NoSvhcAbove {
        products = CriterionParts.copy(products);
        CriterionParts.required("importance", importance);
    }

    public static NoSvhcAbove inAllProducts(Importance importance) {
        return new NoSvhcAbove(Set.of(), importance);
    }

    public boolean allProducts() {
        return products.isEmpty();
    }

    @Override
    public String key() {
        return "no-svhc-above-0.1%:" + (allProducts() ? "all-products" : CriterionParts.sorted(products));
    }
}
