package com.greencert.supplier.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A value a supplier declares for a product (its carbon footprint, its recycled content), in the quantity's unit,
 * with the piece of evidence in its vault that supports it if any (a carbon footprint declaration, a test report).
 * Checked once here: the unit is the quantity's, the number a possible value of it.
 *
 * @param supportedBy the id of the supporting evidence, null when the value is declared without evidence. A bare
 *     UUID on purpose: the evidence feature depends on this one, not the other way round; the evidence feature
 *     answers whether the id names a current piece of the supplier's ({@link SupportingEvidence}).
 */
public record DeclaredValue(Quantity quantity, BigDecimal value, Unit unit, UUID supportedBy) {

    /** As the column holds them: decimal(12,4). */
    static final int MAX_INTEGER_DIGITS = 8;
    static final int MAX_DECIMALS = 4;

    public DeclaredValue {
        if (quantity == null) {
            throw new InvalidInputException("field.required", "quantity");
        }
        if (value == null) {
            throw new InvalidInputException("field.required", "value");
        }
        if (unit == null) {
            throw new InvalidInputException("field.required", "unit");
        }
        if (unit != quantity.unit()) {
            throw new InvalidInputException("declared.value.unit", quantity, unit.symbol(), quantity.unit().symbol());
        }
        if (!quantity.allows(value)) {
            throw new InvalidInputException("declared.value.range", quantity, value.toPlainString(), unit.symbol());
        }
        BigDecimal plain = value.stripTrailingZeros();
        plain = plain.scale() < 0 ? plain.setScale(0) : plain;
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS || plain.scale() > MAX_DECIMALS) {
            throw new InvalidInputException("declared.value.digits", quantity, value.toPlainString(), MAX_DECIMALS);
        }
        value = plain;
    }

    /** The value in the quantity's unit with its evidence, if any. */
    public static DeclaredValue of(Quantity quantity, BigDecimal value, UUID supportedBy) {
        Objects.requireNonNull(quantity, "quantity");
        return new DeclaredValue(quantity, value, quantity.unit(), supportedBy);
    }

    public Optional<UUID> evidence() {
        return Optional.ofNullable(supportedBy);
    }
}
