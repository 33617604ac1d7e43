package com.greencert.supplier.service;

import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.SvhcScreeningResult;
import java.util.Optional;

/**
 * A product with its SVHC screening against the list in force ({@code null} while no list exists) and,
 * for lithium batteries, whether a UN 38.3 test summary in date covers it.
 */
public record ProductOverview(Product product, SvhcScreeningResult screening, boolean un383SummaryCovered) {

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

    /** A lithium battery (UN3090/3091/3480/3481) without a UN 38.3 test summary in date that covers it. */
    public boolean un383SummaryMissing() {
        return product.requiresUn383Summary() && !un383SummaryCovered;
    }
}
