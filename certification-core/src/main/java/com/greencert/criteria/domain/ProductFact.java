package com.greencert.criteria.domain;

import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.Quantity;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.SvhcScreeningResult;
import com.greencert.supplier.domain.SvhcVerdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A product of the supplier as the buyer may see it: its classification (UN number, transport classes, GHS hazard
 * classes and statements), how its composition screens against the SVHC candidate list in force, and the values
 * the supplier declares for it.
 *
 * @param unNumber null when it is not dangerous goods
 * @param svhc the worst verdict over its components ({@link #svhcVerdictOf}); null when not screened or not shown
 */
public record ProductFact(ProductId id, String name, UnNumber unNumber, Set<GhsHazardClass> ghsClasses,
        Set<GhsHazardStatement> statements, Set<TransportHazardClass> transportClasses, SvhcVerdict svhc,
        List<DeclaredValue> declaredValues) implements Basis {

    public ProductFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        ghsClasses = CriterionParts.copy(ghsClasses);
        statements = CriterionParts.copy(statements);
        transportClasses = CriterionParts.copy(transportClasses);
        declaredValues = declaredValues == null ? List.of() : List.copyOf(declaredValues);
    }

    /** The value declared for the quantity, if any. */
    public Optional<DeclaredValue> declared(Quantity quantity) {
        for (DeclaredValue v : declaredValues) {
            if (v.quantity() == quantity) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Whether a UN 38.3 test summary must be made available for it (by the reference list's rule). */
    public boolean needsUn383TestSummary() {
        return unNumber != null && unNumber.requiresUn383TestSummary();
    }

    /** Only what the public registry publishes of a product: names, UN number, transport and GHS classes. */
    public ProductFact published() {
        return new ProductFact(id, name, unNumber, ghsClasses, Set.of(), transportClasses, null, List.of());
    }

    /** The verdict a screening gives the product as a whole: the worst of its components'. */
    public static SvhcVerdict svhcVerdictOf(SvhcScreeningResult screening) {
        if (screening.exceedsThreshold()) {
            return SvhcVerdict.EXCEEDS_THRESHOLD;
        }
        if (screening.mayExceedThreshold()) {
            return SvhcVerdict.MAY_EXCEED_THRESHOLD;
        }
        return screening.svhcComponents().isEmpty() ? SvhcVerdict.NOT_ON_LIST : SvhcVerdict.AT_OR_BELOW_THRESHOLD;
    }
}
