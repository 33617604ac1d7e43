package com.greencert.supplier.domain;

import com.greencert.shared.domain.UuidId;
import java.util.UUID;

/** Identifies a product a supplier makes or trades. */
public record ProductId(UUID value) implements UuidId {

    public ProductId {
        UuidId.require(value);
    }

    public static ProductId newId() {
        return UuidId.newId(ProductId::new);
    }

    public static ProductId parse(String text) {
        return UuidId.parse(text, ProductId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
