package com.greencert.supplier.domain;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A stored line of a {@link Product}'s composition; part of the product aggregate, changed only through it.
 * Tenant-owned like its product (mapped in {@code META-INF/eclipselink-orm.xml}).
 */
@Entity
@Table(name = "product_component")
public class ProductComponent {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "substance_name", nullable = false, length = Component.NAME_MAX)
    private String substanceName;

    @Column(name = "cas_number", nullable = false, length = 12)
    private String casNumber;

    @Column(name = "ec_number", length = 9)
    private String ecNumber;

    @Column(name = "min_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal minPercent;

    @Column(name = "max_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal maxPercent;

    protected ProductComponent() {
        // for JPA
    }

    ProductComponent(Product product, int lineNo, Component component) {
        this.id = UUID.randomUUID().toString();
        this.product = product;
        this.lineNo = lineNo;
        this.substanceName = component.substanceName();
        this.casNumber = component.casNumber().value();
        this.ecNumber = component.ec().map(EcNumber::value).orElse(null);
        this.minPercent = component.concentration().minimum();
        this.maxPercent = component.concentration().maximum();
    }

    Component toComponent() {
        return new Component(substanceName, CasNumber.of(casNumber), ecNumber == null ? null : EcNumber.of(ecNumber),
                ConcentrationRange.of(minPercent, maxPercent));
    }
}
