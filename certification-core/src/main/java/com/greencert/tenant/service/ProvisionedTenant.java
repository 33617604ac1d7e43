package com.greencert.tenant.service;

import com.greencert.tenant.domain.Tenant;

/** A tenant just created, with the one-time password its first administrator must change at first login. */
public record ProvisionedTenant(Tenant tenant, String adminUsername, String temporaryPassword) {
}
