package com.greencert.registry.domain;

import com.greencert.registry.domain.SupplierDocument.ProductEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A product as the registry reads it: the stored row of {@link com.greencert.supplier.domain.Product},
 * read-only and across tenants; only names, HS code, UN number, transport class and GHS hazard classes
 * (never the composition).
 */
@Entity
@Table(name = "product")
public class PublishedProduct {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "hs_code")
    private String hsCode;

    @Column(name = "un_number")
    private String unNumber;

    @Column(name = "transport_class")
    private String transportClass;

    @Column(name = "ghs_hazard_classes")
    private String hazardClasses;

    protected PublishedProduct() {
        // read-only
    }

    public static PublishedProduct of(String tenantId, String nameEn, String nameZh, String hsCode, String unNumber,
            String transportClass, String hazardClasses) {
        PublishedProduct p = new PublishedProduct();
        p.tenantId = tenantId;
        p.nameEn = nameEn;
        p.nameZh = nameZh;
        p.hsCode = hsCode;
        p.unNumber = unNumber;
        p.transportClass = transportClass;
        p.hazardClasses = hazardClasses;
        return p;
    }

    public String tenantId() {
        return tenantId;
    }

    ProductEntry entry() {
        List<String> classes = hazardClasses == null || hazardClasses.isBlank() ? List.of()
                : Arrays.asList(hazardClasses.strip().split(" +"));
        return new ProductEntry(nameEn, nameZh, hsCode, unNumber, transportClass, classes);
    }
}
