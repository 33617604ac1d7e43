package com.greencert.supplier.service;

import com.greencert.shared.domain.TenantId;

/**
 * A supplier's own data that buyers it shares with may read changed (a product's composition or declared values,
 * a piece of evidence uploaded, replaced or retired): a CDI event fired inside the changing transaction, so that
 * observers (what matching keeps of the supplier's facts) write in it too. Unlike {@link SupplierRecordChanged},
 * nothing public changed.
 */
public record SupplierDataChanged(TenantId supplier) {
}
