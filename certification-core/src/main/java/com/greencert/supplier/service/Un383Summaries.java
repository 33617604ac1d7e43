package com.greencert.supplier.service;

import com.greencert.supplier.domain.ProductId;
import java.util.Set;

/**
 * Which of the caller's products a UN 38.3 test summary in date covers: the evidence vault knows, and
 * implements this, so the vault depends on the product record and not the other way round.
 */
public interface Un383Summaries {

    /** The caller's products named by a UN 38.3 test summary that has not expired. */
    Set<ProductId> productsCovered();
}
