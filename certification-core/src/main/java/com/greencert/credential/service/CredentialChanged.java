package com.greencert.credential.service;

import com.greencert.shared.domain.TenantId;

/**
 * A supplier's credential was issued, suspended, restored, revoked or superseded (a CDI event fired inside the
 * transaction that did it): what the public registry shows of the supplier (certificate numbers, live state)
 * may have changed.
 */
public record CredentialChanged(TenantId supplier, String what) {
}
