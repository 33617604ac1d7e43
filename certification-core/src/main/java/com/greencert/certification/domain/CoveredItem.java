package com.greencert.certification.domain;

import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * A product or facility an application covers, with the name (and HS code and UN number) it had when the
 * supplier named it: the certificate states what was certified, and the body reads it without reaching into the
 * supplier's private records.
 */
@Embeddable
public class CoveredItem {

    public enum Kind { PRODUCT, FACILITY }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "item_id", nullable = false, length = 36)
    private String itemId;

    @Column(name = "label", nullable = false, length = 300)
    private String label;

    @Column(name = "hs_code", length = 10)
    private String hsCode;

    /** The product's UN number (e.g. {@code UN3480}) when it is dangerous goods. */
    @Column(name = "un_number", length = 6)
    private String unNumber;

    protected CoveredItem() {
        // for JPA
    }

    public CoveredItem(Kind kind, String itemId, String label, String hsCode) {
        this(kind, itemId, label, hsCode, null);
    }

    public CoveredItem(Kind kind, String itemId, String label, String hsCode, String unNumber) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.itemId = Text.required("itemId", itemId, 36);
        this.label = Text.required("label", label, 300);
        this.hsCode = Text.optional("hsCode", hsCode, 10);
        this.unNumber = Text.optional("unNumber", unNumber, 6);
    }

    public Kind kind() { return kind; }
    public String itemId() { return itemId; }
    public String label() { return label; }
    public Optional<String> hsCode() { return Optional.ofNullable(hsCode); }
    public Optional<String> unNumber() { return Optional.ofNullable(unNumber); }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoveredItem c && kind == c.kind && itemId.equals(c.itemId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, itemId);
    }
}
