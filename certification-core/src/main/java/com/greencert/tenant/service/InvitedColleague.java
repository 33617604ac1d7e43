package com.greencert.tenant.service;

import com.greencert.shared.caller.Role;
import java.util.Set;

/** A colleague just invited, with the one-time password they change at first sign-in. */
public record InvitedColleague(String username, Set<Role> roles, String temporaryPassword) {
}
