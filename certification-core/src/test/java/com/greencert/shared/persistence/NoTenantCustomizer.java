package com.greencert.shared.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/** Outside a container there is no CallerContext: the tests pass the tenant as an entity-manager property. */
public class NoTenantCustomizer implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        // nothing: the tenant comes from the entity manager's properties
    }
}
