package com.greencert.certification.domain;

import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The public facts of a certification: who holds it, from which body, for which scheme, how long it is valid
 * and its status. The same stored row as {@link CertificationApplication}, read-only and deliberately shared
 * across tenants (eclipselink-orm.xml), so that a third party can complain about a certification it does not
 * take part in; it shows nothing of the application's evidence, evaluation or findings.
 */
@Entity
@Table(name = "certification_application")
public class PublicCertification {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "supplier_tenant_id")
    private String supplierTenantId;

    @Column(name = "body_tenant_id")
    private String bodyTenantId;

    @Column(name = "scheme_id")
    private String schemeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ApplicationStatus status;

    @Column(name = "certified_on")
    private LocalDate issuedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected PublicCertification() {
        // read-only, loaded by JPA only
    }

    /** The public facts of an application as it stands. */
    public static PublicCertification of(CertificationApplication application) {
        PublicCertification c = new PublicCertification();
        c.id = application.id().toString();
        c.supplierTenantId = application.supplier().value();
        c.bodyTenantId = application.body().value();
        c.schemeId = application.schemeId().toString();
        c.status = application.storedStatus();
        c.issuedOn = application.certificate().issuedOn().orElse(null);
        c.validUntil = application.certificate().validUntil().orElse(null);
        return c;
    }

    /** The status on a day: a certificate past its validity reads as expired. */
    public ApplicationStatus statusOn(LocalDate today) {
        return status == ApplicationStatus.CERTIFIED && validUntil != null && validUntil.isBefore(today)
                ? ApplicationStatus.EXPIRED : status;
    }

    public ApplicationId id() { return ApplicationId.parse(id); }
    public TenantId supplier() { return TenantId.of(supplierTenantId); }
    public TenantId body() { return TenantId.of(bodyTenantId); }
    public SchemeId schemeId() { return SchemeId.parse(schemeId); }
    public Optional<LocalDate> issuedOn() { return Optional.ofNullable(issuedOn); }
    public Optional<LocalDate> validUntil() { return Optional.ofNullable(validUntil); }
}
