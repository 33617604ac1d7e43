package com.greencert.criteria.domain;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A value a supplier declares for a product (its carbon footprint, its recycled content), in the quantity's unit,
 * with the evidence that supports it if any (a carbon footprint declaration, a test report).
 *
 * @param supportedBy null when the value is declared without evidence
 */
public record DeclaredValue(Quantity quantity, BigDecimal value, Unit unit, EvidenceId supportedBy) {

    public DeclaredValue {
        CriterionParts.required("quantity", quantity);
        CriterionParts.required("value", value);
        CriterionParts.required("unit", unit);
        if (unit != quantity.unit()) {
            throw new InvalidInputException("declared.value.unit", quantity, unit.symbol(), quantity.unit().symbol());
        }
        if (!quantity.allows(value)) {
            throw new InvalidInputException("declared.value.range", quantity, value.toPlainString(), unit.symbol());
        }
    }

    public Optional<EvidenceId> evidence() {
        return Optional.ofNullable(supportedBy);
    }
}
