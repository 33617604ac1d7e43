package com.greencert.supplier.service;

import java.util.List;
import java.util.Set;

/**
 * What a supplier tells us about a new product. The dangerous-goods fields (UN number, transport class,
 * packing group) are all empty for goods that are not dangerous; the transport class may be left empty
 * and is then taken from the UN number's entry. Hazard classes are GHS class names
 * (e.g. {@code FLAMMABLE_LIQUIDS}), hazard statements are codes (e.g. {@code H225}).
 */
public record RegisterProduct(String nameEn, String nameZh, String hsCode, String unNumber, String transportClass,
        String packingGroup, Set<String> hazardClasses, List<String> hazardStatements, List<ComponentLine> composition) {
}
