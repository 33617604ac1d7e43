package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Arrays;

/** The class (or division) of a dangerous good under the UN Model Regulations, as on its transport label. */
public enum TransportHazardClass {
    EXPLOSIVES_1_1("1.1"), EXPLOSIVES_1_2("1.2"), EXPLOSIVES_1_3("1.3"), EXPLOSIVES_1_4("1.4"),
    EXPLOSIVES_1_5("1.5"), EXPLOSIVES_1_6("1.6"),
    FLAMMABLE_GASES("2.1"), NON_FLAMMABLE_NON_TOXIC_GASES("2.2"), TOXIC_GASES("2.3"),
    FLAMMABLE_LIQUIDS("3"),
    FLAMMABLE_SOLIDS("4.1"), SPONTANEOUSLY_COMBUSTIBLE("4.2"), DANGEROUS_WHEN_WET("4.3"),
    OXIDIZING_SUBSTANCES("5.1"), ORGANIC_PEROXIDES("5.2"),
    TOXIC_SUBSTANCES("6.1"), INFECTIOUS_SUBSTANCES("6.2"),
    RADIOACTIVE_MATERIAL("7"),
    CORROSIVE_SUBSTANCES("8"),
    MISCELLANEOUS("9");

    private final String code;

    TransportHazardClass(String code) {
        this.code = code;
    }

    /** The number on the label: {@code 3}, {@code 6.1}, {@code 9}. */
    public String code() {
        return code;
    }

    public static TransportHazardClass of(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(v -> v.code.equals(c) || v.name().equals(c)).findFirst()
                .orElseThrow(() -> new InvalidInputException("transport.class.unknown", String.valueOf(code)));
    }
}
