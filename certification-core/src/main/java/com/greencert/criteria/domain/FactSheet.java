package com.greencert.criteria.domain;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.SvhcScreening;
import com.greencert.svhc.domain.SvhcListVersion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything matching may use of one supplier, before it is cut to what a reader may see: credentials, every product
 * with its composition and declared values, facilities, every piece of evidence not retired (whether it is the
 * latest version), and whether the public registry lists the supplier. Never shown to anyone as it is: {@link
 * #sharedWith} and {@link #published} apply the privacy rule of ADR 0023, here and nowhere else. It depends on no
 * reader and no day, so it can be kept between matches (docs/adr/0027).
 *
 * @param listed whether the public registry lists the supplier (names public, tenant not suspended)
 */
public record FactSheet(TenantId supplier, boolean listed, List<CredentialFact> credentials, List<Product> products,
        List<FacilityId> facilities, List<Evidence> evidence) {

    /**
     * A product: what a buyer may see of it once shared (its SVHC verdict left out: it depends on the list in force)
     * and its composition, screened against the list of the day when it is shared.
     */
    public record Product(ProductFact fact, List<Component> composition) {
        public Product {
            Objects.requireNonNull(fact, "fact");
            composition = List.copyOf(composition);
        }
    }

    /** A piece of evidence not retired; {@code latest} when no newer version replaces it. */
    public record Evidence(EvidenceFact fact, boolean latest) {
        public Evidence {
            Objects.requireNonNull(fact, "fact");
        }
    }

    public FactSheet {
        Objects.requireNonNull(supplier, "supplier");
        credentials = List.copyOf(credentials);
        products = List.copyOf(products);
        facilities = List.copyOf(facilities);
        evidence = List.copyOf(evidence);
    }

    /**
     * What the supplier shows a buyer it shares with: credentials, products (screened against {@code list}, none when
     * null), facilities, the evidence granted to the buyer, and the types of its latest evidence not granted (markers
     * only, nothing of them).
     *
     * @param granted the ids of the evidence the supplier granted the buyer and has not revoked (of any supplier)
     */
    public SupplierFacts sharedWith(Set<EvidenceId> granted, SvhcListVersion list) {
        List<ProductFact> shown = new ArrayList<>(products.size());
        for (Product p : products) {
            ProductFact f = p.fact();
            shown.add(list == null ? f : new ProductFact(f.id(), f.name(), f.unNumber(), f.ghsClasses(), f.statements(),
                    f.transportClasses(), SvhcScreening.worst(p.composition(), list), f.declaredValues()));
        }
        List<EvidenceFact> shared = new ArrayList<>();
        Set<SupplierFacts.Withheld> withheld = new HashSet<>();
        Set<com.greencert.evidence.domain.EvidenceType> withheldTypes =
                EnumSet.noneOf(com.greencert.evidence.domain.EvidenceType.class);
        for (Evidence e : evidence) {
            if (granted.contains(e.fact().id())) {
                shared.add(e.fact());
            } else if (e.latest() && withheldTypes.add(e.fact().type())) {
                withheld.add(new SupplierFacts.Withheld.EvidenceOfType(e.fact().type()));
            }
        }
        return SupplierFacts.shared(supplier, credentials, shared, shown, facilities, withheld);
    }

    /** What the public registry shows: credentials always (public documents); products and facilities if listed. */
    public SupplierFacts published() {
        return SupplierFacts.publicRegistry(supplier, credentials,
                listed ? products.stream().map(Product::fact).toList() : List.of(), listed ? facilities : List.of());
    }
}
