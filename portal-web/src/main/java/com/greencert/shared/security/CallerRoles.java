package com.greencert.shared.security;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Predicate;

/**
 * The roles Vaadin's view guard and menu ask about are the roles of the request's {@link Caller}: the
 * same source the services trust, so a view and the service behind it never disagree.
 */
public final class CallerRoles {

    private CallerRoles() {
    }

    public static Predicate<String> checker() {
        CallerContext callers = CDI.current().select(CallerContext.class).get();
        return realmRole -> callers.current()
                .flatMap(caller -> Role.fromRealmRole(realmRole).map(caller::has))
                .orElse(false);
    }
}
