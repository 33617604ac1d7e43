package com.greencert.registry.domain;

import com.greencert.registry.domain.SupplierDocument.FacilityEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A facility as the registry reads it: the stored row of {@link com.greencert.supplier.domain.Facility}, read-only. */
@Entity
@Table(name = "facility")
public class PublishedFacility {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "name")
    private String name;

    @Column(name = "address")
    private String address;

    @Column(name = "country")
    private String country;

    protected PublishedFacility() {
        // read-only
    }

    public static PublishedFacility of(String tenantId, String name, String address, String country) {
        PublishedFacility f = new PublishedFacility();
        f.tenantId = tenantId;
        f.name = name;
        f.address = address;
        f.country = country;
        return f;
    }

    public String tenantId() {
        return tenantId;
    }

    FacilityEntry entry(boolean addressPublic) {
        return new FacilityEntry(name, addressPublic ? address : null, country);
    }
}
