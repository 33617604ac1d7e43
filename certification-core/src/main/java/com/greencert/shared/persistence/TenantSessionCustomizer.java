package com.greencert.shared.persistence;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The one place where tenant isolation is wired: every time EclipseLink opens a client session or unit
 * of work (once per transaction), the current caller's tenant becomes the session's tenant id. Entities
 * mapped as multitenant in {@code META-INF/eclipselink-orm.xml} are then filtered on every read and
 * stamped on every write, without any query having to remember a WHERE clause. With no caller, no
 * tenant is set and EclipseLink refuses to read tenant-owned rows (fail closed).
 */
public class TenantSessionCustomizer implements SessionCustomizer {

    static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postAcquireClientSession(SessionEvent event) {
                applyTenant(event.getSession());
            }

            @Override
            public void postAcquireUnitOfWork(SessionEvent event) {
                applyTenant(event.getSession());
            }
        });
    }

    private static void applyTenant(Session session) {
        currentTenant().ifPresentOrElse(
                tenant -> session.setProperty(TENANT_PROPERTY, tenant),
                () -> session.removeProperty(TENANT_PROPERTY));
    }

    private static Optional<String> currentTenant() {
        try {
            return CDI.current().select(CallerContext.class).get().current()
                    .map(Caller::tenantId).map(Object::toString);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Optional.empty();
        }
    }
}
