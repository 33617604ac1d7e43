package com.greencert.criteria.domain;

import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.Unit;
import com.greencert.supplier.domain.Quantity;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Every product of the supplier declares a value of a quantity within a limit, e.g. a carbon footprint of at
 * most 2.5 kg CO2e/kg or a recycled content of at least 30 %. The limit is given in the quantity's unit; another
 * unit is refused when the version is checked, naming the criterion.
 */
public record DeclaredValueLimit(Quantity quantity, Comparison comparison, BigDecimal limit, Unit unit,
        Importance importance) implements Criterion {

    /** Which side of the limit passes; the limit itself always passes. */
    public enum Comparison {
        AT_MOST,
        AT_LEAST;

        public boolean accepts(BigDecimal value, BigDecimal limit) {
            int c = value.compareTo(limit);
            return this == AT_MOST ? c <= 0 : c >= 0;
        }
    }

    public DeclaredValueLimit {
        CriterionParts.required("quantity", quantity);
        CriterionParts.required("comparison", comparison);
        CriterionParts.required("limit", limit);
        CriterionParts.required("unit", unit);
        CriterionParts.required("importance", importance);
    }

    /** Whether a declared value passes (in the quantity's unit, which a declared value always is). */
    public boolean accepts(DeclaredValue value) {
        return comparison.accepts(value.value(), limit);
    }

    @Override
    public String key() {
        return "declared-value:" + quantity + ":" + comparison.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":"
                + limit.stripTrailingZeros().toPlainString() + ":" + unit.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
