package com.greencert.criteria.domain;

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

    /** As written after a number: {@code kg CO2e/kg}, {@code %}. */
    public String symbol() {
        return symbol;
    }
}
