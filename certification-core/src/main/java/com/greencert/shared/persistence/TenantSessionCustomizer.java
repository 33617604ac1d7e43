package com.greencert.shared.persistence;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The one place where tenant isolation is wired (docs/adr/0002-tenancy.md). Every time EclipseLink opens a
 * client session or unit of work (once per transaction), the current caller's tenant becomes the session's
 * tenant: {@code eclipselink.tenant-id} for the entities owned by one tenant, and {@code tenant} for the
 * additional criteria of the entities two parties read. Both are declared per entity in
 * {@code META-INF/eclipselink-orm.xml}; queries never repeat a tenant clause. With no caller, no tenant is set
 * and EclipseLink refuses to read tenant-owned rows and finds no party rows (fail closed).
 */
public class TenantSessionCustomizer implements SessionCustomizer {

    static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;
    /** The parameter of the additional criteria in eclipselink-orm.xml and of {@link #PARTIES}. */
    public static final String PARTY_PROPERTY = "tenant";
    /** Descriptor property (set in eclipselink-orm.xml) naming the path from an entity to its application. */
    static final String PARTIES_PATH = "greencert.parties";

    /**
     * The supplier-and-body clause of the certification application and of the rows inside it, written once:
     * the supplier reads its applications; the body reads them from their first submission on (a draft is
     * the supplier's alone). {@code %s} is the path to the application ({@code this} or {@code this.application}).
     */
    static final String PARTIES = "%1$s.supplierTenantId = :tenant or (%1$s.bodyTenantId = :tenant and %1$s.openToBody = true)";

    @Override
    public void customize(Session session) {
        applyPartyCriteria(session);
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

    /** Gives each entity that names its application path the supplier-and-body criterion. */
    public static void applyPartyCriteria(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Object path = descriptor.getProperty(PARTIES_PATH);
            if (path != null) {
                descriptor.getQueryManager().setAdditionalCriteria(PARTIES.formatted(path));
            }
        }
    }

    private static void applyTenant(Session session) {
        currentTenant().ifPresentOrElse(tenant -> {
            session.setProperty(TENANT_PROPERTY, tenant);
            session.setProperty(PARTY_PROPERTY, tenant);
        }, () -> {
            session.removeProperty(TENANT_PROPERTY);
            session.removeProperty(PARTY_PROPERTY);
        });
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
