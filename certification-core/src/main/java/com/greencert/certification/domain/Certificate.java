package com.greencert.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The certification granted: from when, until when, which products it covers, and when the holder was last
 * surveilled. Expiry is not stored: it follows from {@link #validUntil()} and the clock.
 */
@Embeddable
public class Certificate {

    @Column(name = "certified_on")
    private LocalDate issuedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    /** Product ids in scope, separated by spaces. */
    @Column(name = "scope_product_ids", length = 4000)
    private String scope;

    @Column(name = "last_surveillance_on")
    private LocalDate lastSurveillanceOn;

    protected Certificate() {
        // for JPA
    }

    Certificate(LocalDate issuedOn, int validityMonths, Collection<String> scope) {
        this.issuedOn = issuedOn;
        this.validUntil = issuedOn.plusMonths(validityMonths).minusDays(1);
        this.scope = String.join(" ", scope);
    }

    Certificate withScope(Collection<String> reduced) {
        Certificate c = copy();
        c.scope = String.join(" ", reduced);
        return c;
    }

    Certificate surveilled(LocalDate on) {
        Certificate c = copy();
        c.lastSurveillanceOn = on;
        return c;
    }

    private Certificate copy() {
        Certificate c = new Certificate();
        c.issuedOn = issuedOn;
        c.validUntil = validUntil;
        c.scope = scope;
        c.lastSurveillanceOn = lastSurveillanceOn;
        return c;
    }

    public boolean issued() {
        return issuedOn != null;
    }

    public boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }

    /** When the next surveillance is due: one interval after the last one (or after issue). */
    public Optional<LocalDate> surveillanceDue(int intervalMonths) {
        if (issuedOn == null) {
            return Optional.empty();
        }
        LocalDate from = lastSurveillanceOn == null ? issuedOn : lastSurveillanceOn;
        LocalDate due = from.plusMonths(intervalMonths);
        return due.isAfter(validUntil) ? Optional.empty() : Optional.of(due);
    }

    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public List<String> scope() {
        return scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.split(" "));
    }

    public Optional<LocalDate> lastSurveillanceOn() {
        return Optional.ofNullable(lastSurveillanceOn);
    }
}
