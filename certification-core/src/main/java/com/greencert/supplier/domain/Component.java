package com.greencert.supplier.domain;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One substance in a product's composition, with how much of it there is. The CAS number is required;
 * the EC number is optional ({@code null}) and helps matching against EU lists.
 */
public record Component(String substanceName, CasNumber casNumber, EcNumber ecNumber, ConcentrationRange concentration) {

    static final int NAME_MAX = 500;

    public Component {
        substanceName = Text.required("substanceName", substanceName, NAME_MAX);
        if (casNumber == null) {
            throw new InvalidInputException("field.required", "casNumber");
        }
        Objects.requireNonNull(concentration, "concentration");
    }

    public Optional<EcNumber> ec() {
        return Optional.ofNullable(ecNumber);
    }
}
