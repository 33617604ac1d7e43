package com.greencert.supplier.domain;

/**
 * Whether a section of a supplier's company profile may be shown in the public supplier registry
 * ({@code PUBLIC}) or stays with the supplier and the parties they share it with ({@code PRIVATE}).
 */
public enum Visibility {
    PUBLIC,
    PRIVATE
}
