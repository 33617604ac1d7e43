package com.greencert.supplier.domain;

import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A supplier's company profile as the public registry shows it: the same stored row as {@link CompanyProfile},
 * read-only and deliberately shared across tenants (eclipselink-orm.xml), answering only with the sections the
 * supplier marked {@link Visibility#PUBLIC} (empty for a private one). Credentials are checked against it and the
 * public supplier page shows it.
 */
@Entity
@Table(name = "company_profile")
public class PublicCompanyProfile {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "legal_name_en")
    private String legalNameEn;

    @Column(name = "legal_name_zh")
    private String legalNameZh;

    @Column(name = "country")
    private String country;

    @Column(name = "uscc")
    private String uscc;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "registered_address")
    private String registeredAddress;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "names_visibility")
    private Visibility namesVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_visibility")
    private Visibility registrationVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "addresses_visibility")
    private Visibility addressesVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_visibility")
    private Visibility contactVisibility;

    protected PublicCompanyProfile() {
        // read-only
    }

    public TenantId supplier() {
        return TenantId.of(tenantId);
    }

    public Optional<String> legalNameEn() {
        return shown(namesVisibility, legalNameEn);
    }

    public Optional<String> legalNameZh() {
        return shown(namesVisibility, legalNameZh);
    }

    public Optional<String> country() {
        return shown(namesVisibility, country);
    }

    public Optional<String> uscc() {
        return shown(registrationVisibility, uscc);
    }

    public Optional<String> registrationNumber() {
        return shown(registrationVisibility, registrationNumber);
    }

    public Optional<String> registeredAddress() {
        return shown(addressesVisibility, registeredAddress);
    }

    /** The contact's name, e-mail and phone in one line, when the contact section is public. */
    public Optional<String> contact() {
        if (contactVisibility != Visibility.PUBLIC) {
            return Optional.empty();
        }
        String text = String.join(" · ", java.util.stream.Stream.of(contactName, contactEmail, contactPhone)
                .filter(s -> s != null && !s.isBlank()).toList());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<String> shown(Visibility visibility, String value) {
        return visibility == Visibility.PUBLIC ? Optional.ofNullable(value) : Optional.empty();
    }
}
