package com.greencert.criteria.domain;

import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of what a buyer may see of one supplier, the only input of the {@link Matcher}: credentials, the
 * evidence the supplier shared with this buyer, its products and facilities, and markers of what exists but was
 * not shared ({@link Withheld}), which say only which kind of thing is withheld, never anything of it.
 *
 * <p>A snapshot of {@link Source#SHARED} facts is complete: what is neither in it nor withheld does not exist, so a
 * missing piece fails a criterion. A {@link Source#PUBLIC_REGISTRY} snapshot holds public data only (credentials,
 * the published classification of products, facilities): its silence proves nothing, so what it cannot tell is
 * unknown.
 */
public record SupplierFacts(TenantId supplier, Source source, List<CredentialFact> credentials,
        List<EvidenceFact> evidence, List<ProductFact> products, List<FacilityId> facilities, Set<Withheld> withheld) {

    /** Where the facts come from. */
    public enum Source {
        /** What the supplier shares with the buyer (the supplier invited, or shared with it directly). */
        SHARED,
        /** The public supplier registry: public data only. */
        PUBLIC_REGISTRY
    }

    /** A kind of fact the supplier holds and did not share with the buyer; nothing of its content. */
    public sealed interface Withheld {

        /** At least one piece of evidence of this type is not shared with the buyer. */
        record EvidenceOfType(EvidenceType type) implements Withheld {
            public EvidenceOfType {
                Objects.requireNonNull(type, "type");
            }
        }

        /** Products, or data of the shown products (composition, declared values), are not shared with the buyer. */
        record ProductData() implements Withheld {
        }
    }

    public SupplierFacts {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(source, "source");
        credentials = List.copyOf(credentials);
        evidence = List.copyOf(evidence);
        products = List.copyOf(products);
        facilities = List.copyOf(facilities);
        withheld = CriterionParts.copy(withheld);
        if (source == Source.PUBLIC_REGISTRY && (!evidence.isEmpty() || !withheld.isEmpty())) {
            throw new IllegalArgumentException("public registry facts hold no evidence and tell nothing withheld");
        }
    }

    /** What the supplier shares with the buyer, and what it holds but withholds. */
    public static SupplierFacts shared(TenantId supplier, List<CredentialFact> credentials, List<EvidenceFact> evidence,
            List<ProductFact> products, List<FacilityId> facilities, Set<Withheld> withheld) {
        return new SupplierFacts(supplier, Source.SHARED, credentials, evidence, products, facilities, withheld);
    }

    /** What the public registry shows of a supplier; of its products only what is published. */
    public static SupplierFacts publicRegistry(TenantId supplier, List<CredentialFact> credentials,
            List<ProductFact> products, List<FacilityId> facilities) {
        return new SupplierFacts(supplier, Source.PUBLIC_REGISTRY, credentials, List.of(),
                products.stream().map(ProductFact::published).toList(), facilities, Set.of());
    }

    /** Whether what is missing here does not exist (shared facts), rather than is not known (public facts). */
    public boolean complete() {
        return source == Source.SHARED;
    }

    /** Whether evidence of the type exists that the buyer was not shown. */
    public boolean withholds(EvidenceType type) {
        for (Withheld w : withheld) {
            if (w instanceof Withheld.EvidenceOfType(EvidenceType t) && t == type) {
                return true;
            }
        }
        return false;
    }

    /** Whether products, or data of the shown ones, exist that the buyer was not shown. */
    public boolean withholdsProductData() {
        for (Withheld w : withheld) {
            if (w instanceof Withheld.ProductData) {
                return true;
            }
        }
        return false;
    }

    public Optional<ProductFact> product(ProductId id) {
        for (ProductFact p : products) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
