package com.greencert.criteria.service;

import com.greencert.tenant.domain.Tenant;
import java.util.Optional;

/**
 * The outcome of following a link: the supplier's tenant, and the new administrator's user name and one-time
 * password, or none when the company had joined already through another buyer's link to the same address.
 */
public record Joined(Tenant supplier, Optional<String> username, Optional<String> temporaryPassword) {

    public boolean alreadyOnPortal() {
        return username.isEmpty();
    }
}
