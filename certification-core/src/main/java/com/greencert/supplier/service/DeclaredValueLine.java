package com.greencert.supplier.service;

import java.math.BigDecimal;

/**
 * One value a supplier declares for a product, as entered: the quantity by name ({@code CARBON_FOOTPRINT},
 * {@code RECYCLED_CONTENT}, {@code BIOBASED_CONTENT}), the number, its unit by name or symbol ({@code kg CO2e/kg},
 * {@code %}), and the id of the supporting evidence in the supplier's vault, if any.
 */
public record DeclaredValueLine(String quantity, BigDecimal value, String unit, String evidenceId) {
}
