package com.greencert.supplier.service;

import com.greencert.shared.domain.TenantId;

/**
 * A supplier's published record may have changed (its profile, a product, a facility): a CDI event fired inside
 * the transaction that made the change, so that observers (the public registry's change feed) write in it too.
 * {@code what} names the kind of record: {@code profile}, {@code product}, {@code facility}.
 */
public record SupplierRecordChanged(TenantId supplier, String what) {
}
