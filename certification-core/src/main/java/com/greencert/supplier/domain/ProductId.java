package com.greencert.supplier.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/** Identifies a product a supplier makes or trades. */
public record ProductId(UUID value) {

    public ProductId {
        Objects.requireNonNull(value, "product id");
    }

    public static ProductId newId() {
        return new ProductId(UUID.randomUUID());
    }

    public static ProductId parse(String text) {
        try {
            return new ProductId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id.malformed", String.valueOf(text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
