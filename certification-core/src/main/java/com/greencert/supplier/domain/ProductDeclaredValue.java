package com.greencert.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.UUID;

/** A {@link DeclaredValue} as a product keeps it (V29, {@code product_declared_value}); the unit is the quantity's. */
@Embeddable
public class ProductDeclaredValue {

    @Enumerated(EnumType.STRING)
    @Column(name = "quantity", nullable = false, length = 32)
    private Quantity quantity;

    @Column(name = "amount", nullable = false, precision = 12, scale = 4)
    private BigDecimal amount;

    @Column(name = "evidence_id", length = 36)
    private String evidenceId;

    protected ProductDeclaredValue() {
        // for JPA
    }

    ProductDeclaredValue(DeclaredValue value) {
        this.quantity = value.quantity();
        this.amount = value.value();
        this.evidenceId = value.evidence().map(UUID::toString).orElse(null);
    }

    DeclaredValue toDeclaredValue() {
        return DeclaredValue.of(quantity, amount, evidenceId == null ? null : UUID.fromString(evidenceId));
    }
}
