package com.greencert.supplier.domain;

import com.greencert.svhc.domain.SvhcEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * The screening of one component: the candidate-list entry it matched (by CAS number, else by EC number)
 * if any, and the verdict against the 0.1 % w/w threshold.
 */
public record ComponentScreening(Component component, SvhcEntry entry, MatchedBy matchedBy, SvhcVerdict verdict) {

    /** How a component was found on the list. */
    public enum MatchedBy { CAS_NUMBER, EC_NUMBER, NOT_MATCHED }

    public ComponentScreening {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(matchedBy, "matchedBy");
        Objects.requireNonNull(verdict, "verdict");
    }

    public Optional<SvhcEntry> svhcEntry() {
        return Optional.ofNullable(entry);
    }

    public boolean isSvhc() {
        return entry != null;
    }
}
