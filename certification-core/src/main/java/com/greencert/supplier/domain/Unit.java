package com.greencert.supplier.domain;

/** The unit a declared value and a limit are given in. */
public enum Unit {
    /** Kilograms of CO2 equivalent per kilogram of product. */
    KG_CO2E_PER_KG("kg CO2e/kg"),
    /** Percent by weight. */
    PERCENT("%");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /** A unit by its name ({@code KG_CO2E_PER_KG}, any case, {@code -} for {@code _}) or its symbol ({@code %}). */
    public static java.util.Optional<Unit> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Unit u : values()) {
            if (u.name().equalsIgnoreCase(t.replace('-', '_')) || u.symbol().equalsIgnoreCase(t)) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }

    /** As written after a number: {@code kg CO2e/kg}, {@code %}. */
    public String symbol() {
        return symbol;
    }
}
