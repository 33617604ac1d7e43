package com.greencert.shared.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Work the system does outside a user's request (start-up seeding, sending mails): it gets a request
 * context of its own and, when given, the caller it acts as, so services check roles and EclipseLink picks
 * the tenant exactly as in a request.
 */
@ApplicationScoped
public class ActingAs {

    @Inject
    RequestContextController requestContext;

    @Inject
    CallerContext callers;

    public void run(Caller caller, Runnable work) {
        run(Optional.of(caller), work);
    }

    /** Runs the work in a fresh request context, as the caller if there is one. */
    public void run(Optional<Caller> caller, Runnable work) {
        requestContext.activate();
        try {
            caller.ifPresent(callers::set);
            work.run();
        } finally {
            requestContext.deactivate();
        }
    }
}
