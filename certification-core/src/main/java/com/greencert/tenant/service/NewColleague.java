package com.greencert.tenant.service;

import com.greencert.shared.caller.Role;
import java.util.Set;

/** A colleague a tenant administrator invites into their own organisation, with the roles they are to hold. */
public record NewColleague(String username, String email, String firstName, String lastName, Set<Role> roles) {

    public NewColleague {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
