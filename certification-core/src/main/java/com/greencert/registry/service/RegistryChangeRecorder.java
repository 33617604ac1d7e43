package com.greencert.registry.service;

import com.greencert.certification.service.ApplicationChanged;
import com.greencert.credential.service.CredentialChanged;
import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistryChanges;
import com.greencert.supplier.service.SupplierRecordChanged;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.TenantStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes the registry's change feed inside the transaction of the change (synchronous observers): a supplier's
 * profile, product or facility, and any status change of a certification (granted, suspended, restored,
 * withdrawn, expired), and any credential issued, suspended, restored, revoked or superseded. Every node's {@link RegistryIndexer} follows the feed; nothing here is in-memory only.
 */
@ApplicationScoped
@Transactional
public class RegistryChangeRecorder {

    @Inject
    RegistryChanges changes;

    @Inject
    Clock clock;

    void supplierChanged(@Observes SupplierRecordChanged change) {
        changes.record(new RegistryChange(change.supplier().value(), change.what(), clock.instant()));
    }

    /** A supplier suspended or reactivated (or renamed) leaves or returns to the registry. */
    void tenantChanged(@Observes TenantStatusChanged change) {
        if (change.type() == TenantType.SUPPLIER) {
            changes.record(new RegistryChange(change.tenant().value(), "tenant", clock.instant()));
        }
    }

    void credentialChanged(@Observes CredentialChanged change) {
        changes.record(new RegistryChange(change.supplier().value(), "credential", clock.instant()));
    }

    void certificationChanged(@Observes ApplicationChanged change) {
        if (change.statusChanged()) {
            changes.record(new RegistryChange(change.supplier().value(), "certification", clock.instant()));
        }
    }
}
