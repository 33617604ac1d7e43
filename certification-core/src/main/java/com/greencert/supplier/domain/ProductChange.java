package com.greencert.supplier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a product's history: which part of its classification changed, from what to what, when and by
 * whom. Written only by {@link Product#reclassify}; never changed afterwards.
 */
@Embeddable
public class ProductChange {

    /** The parts of a product's classification a supplier may change. */
    public enum Field {
        NAME_EN, NAME_ZH, HS_CODE, UN_NUMBER, PACKING_GROUP
    }

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(name = "changed_field", nullable = false, length = 20)
    private Field field;

    @Column(name = "value_before", length = 200)
    private String before;

    @Column(name = "value_after", length = 200)
    private String after;

    protected ProductChange() {
        // for JPA
    }

    ProductChange(Instant at, String by, Field field, String before, String after) {
        this.at = Objects.requireNonNull(at, "at");
        this.by = Objects.requireNonNull(by, "by");
        this.field = Objects.requireNonNull(field, "field");
        this.before = before;
        this.after = after;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public Field field() {
        return field;
    }

    /** The value before the change; empty if the field was empty. */
    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    /** The value after the change; empty if the field was cleared. */
    public Optional<String> after() {
        return Optional.ofNullable(after);
    }
}
