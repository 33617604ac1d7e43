package com.greencert.criteria.domain;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A piece of evidence the supplier shared with the buyer: its type, dates, the SHA-256 of its file, and the
 * products and facilities it covers.
 *
 * @param expiresOn null when it does not expire
 * @param standard for a management-system certificate, the standard it certifies to; null when not recorded
 */
public record EvidenceFact(EvidenceId id, EvidenceType type, LocalDate issuedOn, LocalDate expiresOn, String sha256,
        Set<ProductId> products, Set<FacilityId> facilities, ManagementSystem.Standard standard) implements Basis {

    public EvidenceFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(sha256, "sha256");
        products = CriterionParts.copy(products);
        facilities = CriterionParts.copy(facilities);
    }

    /** Whether it covers the product or facility. */
    public boolean covers(Object item) {
        return products.contains(item) || facilities.contains(item);
    }
}
