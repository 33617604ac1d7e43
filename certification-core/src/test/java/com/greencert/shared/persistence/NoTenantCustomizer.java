package com.greencert.shared.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Outside a container there is no CallerContext: the tests pass the tenant as entity-manager properties
 * ({@link H2Database#asTenant}); the party criteria are the production ones.
 */
public class NoTenantCustomizer implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        TenantSessionCustomizer.applyPartyCriteria(session);
    }
}
