package com.greencert.supplier.service;

import java.math.BigDecimal;

/**
 * One line of a composition as a supplier enters it: substance name, CAS number, optional EC number,
 * and the concentration range in % w/w (give the same value twice for an exact concentration).
 */
public record ComponentLine(String substanceName, String casNumber, String ecNumber, BigDecimal minPercent,
        BigDecimal maxPercent) {
}
