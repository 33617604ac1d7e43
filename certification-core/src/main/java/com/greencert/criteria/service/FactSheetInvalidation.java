package com.greencert.criteria.service;

import com.greencert.certification.service.ApplicationChanged;
import com.greencert.credential.service.CredentialChanged;
import com.greencert.criteria.domain.SupplierFactsSource;
import com.greencert.supplier.service.SupplierDataChanged;
import com.greencert.supplier.service.SupplierRecordChanged;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.TenantStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Whatever changes what matching reads of a supplier tells {@link SupplierFactsSource#changed} inside the changing
 * transaction (synchronous observers), so what was kept of the supplier's facts stops counting on every node at
 * the moment the change commits, and never before (docs/adr/0027). Grants are not here: they are read at each
 * match. Days passing are not either: validity and expiry are derived from the clock at each match.
 */
@ApplicationScoped
@Transactional
public class FactSheetInvalidation {

    @Inject
    SupplierFactsSource facts;

    void supplierRecord(@Observes SupplierRecordChanged change) {
        facts.changed(change.supplier());
    }

    void supplierData(@Observes SupplierDataChanged change) {
        facts.changed(change.supplier());
    }

    void tenant(@Observes TenantStatusChanged change) {
        if (change.type() == TenantType.SUPPLIER) {
            facts.changed(change.tenant());
        }
    }

    void credential(@Observes CredentialChanged change) {
        facts.changed(change.supplier());
    }

    void certification(@Observes ApplicationChanged change) {
        if (change.statusChanged()) {
            facts.changed(change.supplier());
        }
    }
}
