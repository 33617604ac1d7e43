package com.greencert.registry.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the registry may show and search of one supplier: only what the supplier made public (the privacy
 * rules are applied where the document is made, {@link PublishedProfile#document}), plus the public facts of
 * its certifications. The same document feeds every engine (Lucene now, OpenSearch next: ADR 0018).
 *
 * @param id the supplier's tenant id, also the key of its public page {@code /suppliers/<id>}
 * @param uscc null when the registration section is private
 * @param addresses the addresses the supplier made public (empty when the address section is private)
 */
public record SupplierDocument(String id, String nameEn, String nameZh, String country, String uscc,
        String registrationNumber, List<String> addresses, List<ProductEntry> products,
        List<FacilityEntry> facilities, List<CertificationEntry> certifications) {

    public SupplierDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameEn, "nameEn");
        addresses = List.copyOf(addresses);
        products = List.copyOf(products);
        facilities = List.copyOf(facilities);
        certifications = List.copyOf(certifications);
    }

    /** A product as published: names, HS code, UN number and transport class, GHS hazard classes. */
    public record ProductEntry(String nameEn, String nameZh, String hsCode, String unNumber, String transportClass,
            List<String> ghsClasses) {
        public ProductEntry {
            ghsClasses = List.copyOf(ghsClasses);
        }
    }

    /** A facility as published: its name and country; its address only when the supplier's addresses are public. */
    public record FacilityEntry(String name, String address, String country) {
    }

    /**
     * A certification's public facts; {@code certificateNumber} that of its newest credential (null when none was
     * issued for it), {@code status} the worse of the certification's and the credential's (ADR 0018),
     * {@code bodyId} the body's tenant id.
     */
    public record CertificationEntry(String certificateNumber, String schemeCode, String schemeName, String bodyId,
            String bodyName, CertificationStatus status) {
    }
}
