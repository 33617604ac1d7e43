package com.greencert.shared.caller;

import com.greencert.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;

/**
 * Holds the {@link Caller} of the current request. The web layer fills it once per request from the
 * verified token (portal session or API bearer token); services and the persistence layer read it.
 * Tenant isolation of stored rows follows from it (see {@code TenantSessionCustomizer}).
 */
@RequestScoped
public class CallerContext {

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }

    public Caller require() {
        if (caller == null) {
            throw new AccessDeniedException("caller.anonymous");
        }
        return caller;
    }

    /** The caller, who must hold at least one of the roles. */
    public Caller requireAny(Role... roles) {
        Caller c = require();
        if (Arrays.stream(roles).noneMatch(c::has)) {
            throw new AccessDeniedException("caller.role.missing", Arrays.toString(roles));
        }
        return c;
    }
}
