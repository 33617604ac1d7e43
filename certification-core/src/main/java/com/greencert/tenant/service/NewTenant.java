package com.greencert.tenant.service;

import com.greencert.tenant.domain.TenantType;

/**
 * A platform administrator's request to open the portal to a new organisation and its first
 * administrator, who receives a one-time password and must choose their own at first login.
 */
public record NewTenant(String alias, String nameEn, String nameZh, TenantType type, String country,
        String adminUsername, String adminEmail, String adminFirstName, String adminLastName) {
}
