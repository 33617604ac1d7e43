package com.greencert.supplier.domain;

import java.math.BigDecimal;

/** A product's quantity a supplier may declare and a buyer may limit, each in its one unit. */
public enum Quantity {
    /** Cradle-to-gate carbon footprint (ISO 14067), kg CO2e per kg of product. */
    CARBON_FOOTPRINT(Unit.KG_CO2E_PER_KG),
    /** Share of recycled material, % w/w. */
    RECYCLED_CONTENT(Unit.PERCENT),
    /** Share of bio-based material, % w/w. */
    BIOBASED_CONTENT(Unit.PERCENT);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Unit unit;

    Quantity(Unit unit) {
        this.unit = unit;
    }

    /** A quantity by its name ({@code CARBON_FOOTPRINT}, any case, {@code -} for {@code _}). */
    public static java.util.Optional<Quantity> parse(String text) {
        String t = text == null ? "" : text.strip().replace('-', '_');
        for (Quantity q : values()) {
            if (q.name().equalsIgnoreCase(t)) {
                return java.util.Optional.of(q);
            }
        }
        return java.util.Optional.empty();
    }

    /** The unit every value and limit of this quantity is given in. */
    public Unit unit() {
        return unit;
    }

    /** Whether the number can be a value of this quantity: not negative, and a share at most 100 %. */
    public boolean allows(BigDecimal value) {
        return value.signum() >= 0 && (unit != Unit.PERCENT || value.compareTo(HUNDRED) <= 0);
    }
}
