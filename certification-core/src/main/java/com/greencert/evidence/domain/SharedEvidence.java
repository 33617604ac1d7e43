package com.greencert.evidence.domain;

import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Evidence seen by a tenant its owner granted access to (a buyer or a certification body): the same
 * stored row as {@link Evidence}, deliberately NOT tenant-filtered and read-only
 * ({@code META-INF/eclipselink-orm.xml}). It is only ever read through the grant check of
 * {@link Evidences#findGranted} / {@link Evidences#grantedTo}; nothing writes it.
 */
@Entity
@Table(name = "evidence")
public class SharedEvidence extends EvidenceRecord {

    @Column(name = "tenant_id", insertable = false, updatable = false, length = 64)
    private String ownerTenantId;

    protected SharedEvidence() {
        // read-only, loaded by JPA only
    }

    public TenantId owner() {
        return TenantId.of(ownerTenantId);
    }
}
