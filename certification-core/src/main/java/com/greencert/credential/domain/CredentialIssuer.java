package com.greencert.credential.domain;

import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A certification body as an issuer of credentials: the running number of its certificates. Its row is locked
 * by every issuance of the body (on any node), so numbers, status-list indexes and the first key are handed
 * out one at a time.
 */
@Entity
@Table(name = "credential_issuer")
public class CredentialIssuer {

    @Id
    @Column(name = "body_tenant_id", length = 64)
    private String bodyTenantId;

    @Column(name = "last_serial", nullable = false)
    private long lastSerial;

    protected CredentialIssuer() {
        // for JPA
    }

    public CredentialIssuer(TenantId body) {
        this.bodyTenantId = body.value();
    }

    /** The next certificate's running number (1, 2, …). */
    public long nextSerial() {
        return ++lastSerial;
    }

    public TenantId body() {
        return TenantId.of(bodyTenantId);
    }
}
