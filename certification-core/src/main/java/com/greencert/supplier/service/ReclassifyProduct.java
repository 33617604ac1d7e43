package com.greencert.supplier.service;

/**
 * A product's new classification as the supplier corrects it: names, HS code, and the UN number with its
 * packing group (both empty for goods that are not dangerous; the transport class follows the UN number).
 */
public record ReclassifyProduct(String nameEn, String nameZh, String hsCode, String unNumber, String packingGroup) {
}
