package com.greencert.tenant.service;

import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.TenantType;

/**
 * A tenant was suspended or reactivated: a CDI event fired inside the transaction of the change, so that observers
 * (the public registry's change feed, for a supplier) write in it too.
 */
public record TenantStatusChanged(TenantId tenant, TenantType type, boolean suspended) {
}
