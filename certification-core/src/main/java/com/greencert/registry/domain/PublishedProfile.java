package com.greencert.registry.domain;

import com.greencert.registry.domain.SupplierDocument.CertificationEntry;
import com.greencert.registry.domain.SupplierDocument.FacilityEntry;
import com.greencert.registry.domain.SupplierDocument.ProductEntry;
import com.greencert.supplier.domain.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A supplier's company profile as the registry reads it: the stored row of
 * {@link com.greencert.supplier.domain.CompanyProfile}, read-only and across tenants (eclipselink-orm.xml), with
 * the one rule of what the registry may publish ({@link #document}). Never the contact section.
 */
@Entity
@Table(name = "company_profile")
public class PublishedProfile {

    @Id
    @Column(name = "id")
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

    @Column(name = "postal_address")
    private String postalAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "names_visibility")
    private Visibility namesVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_visibility")
    private Visibility registrationVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "addresses_visibility")
    private Visibility addressesVisibility;

    protected PublishedProfile() {
        // read-only, loaded by JPA (or made by tests)
    }

    /** A profile as stored (for tests and the synthetic registry generator). */
    public static PublishedProfile of(String tenantId, String nameEn, String nameZh, String country, String uscc,
            String registeredAddress, Visibility names, Visibility registration, Visibility addresses) {
        PublishedProfile p = new PublishedProfile();
        p.tenantId = tenantId;
        p.legalNameEn = nameEn;
        p.legalNameZh = nameZh;
        p.country = country;
        p.uscc = uscc;
        p.registeredAddress = registeredAddress;
        p.namesVisibility = names;
        p.registrationVisibility = registration;
        p.addressesVisibility = addresses;
        return p;
    }

    public String tenantId() {
        return tenantId;
    }

    /** Whether the supplier is in the public registry at all: only when its names are public. */
    public boolean listed() {
        return namesVisibility == Visibility.PUBLIC;
    }

    /**
     * The registry document, or empty when the supplier's names are private (then nothing of it is listed).
     * Registration (USCC or number) only when public; addresses (registered, postal and the facilities') only
     * when the address section is public; product names, codes and hazard classes, and facility names, with the
     * names (products and facilities have no visibility of their own: ADR 0018).
     */
    public Optional<SupplierDocument> document(List<PublishedProduct> products, List<PublishedFacility> facilities,
            List<CertificationEntry> certifications) {
        if (!listed()) {
            return Optional.empty();
        }
        boolean registration = registrationVisibility == Visibility.PUBLIC;
        boolean addresses = addressesVisibility == Visibility.PUBLIC;
        List<String> published = new ArrayList<>();
        if (addresses) {
            Stream.of(registeredAddress, postalAddress).filter(a -> a != null && !a.isBlank()).forEach(published::add);
        }
        List<ProductEntry> productEntries = products.stream().map(PublishedProduct::entry).toList();
        List<FacilityEntry> facilityEntries = facilities.stream().map(f -> f.entry(addresses)).toList();
        return Optional.of(new SupplierDocument(tenantId, legalNameEn, legalNameZh, country,
                registration ? uscc : null, registration ? registrationNumber : null, published, productEntries,
                facilityEntries, certifications));
    }
}
