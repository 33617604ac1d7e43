package com.greencert.supplier.service;

import com.greencert.supplier.domain.Product;
import com.greencert.svhc.domain.SvhcScreeningResult;
import java.util.Optional;

/** A product with its SVHC screening against the list in force ({@code null} while no list exists). */
public record ProductOverview(Product product, SvhcScreeningResult screening) {

    public Optional<SvhcScreeningResult> screeningIfAny() {
        return Optional.ofNullable(screening);
    }

    /** At least one SVHC is certainly above 0.1 % w/w. */
    public boolean svhcAboveThreshold() {
        return screening != null && screening.exceedsThreshold();
    }

    /** At least one SVHC is, or may be, above 0.1 % w/w. */
    public boolean svhcMayBeAboveThreshold() {
        return screening != null && screening.mayExceedThreshold();
    }
}
