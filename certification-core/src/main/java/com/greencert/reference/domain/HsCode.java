package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A customs tariff code of 6 to 10 digits whose first six digits are a subheading of the Harmonized System
 * 2022 (shipped in {@code reference/hs-2022.csv}); the digits after the sixth are national (China's tariff
 * and inspection codes have 10). Dots and spaces as in {@code 8507.60.00} are dropped.
 */
public record HsCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6,10}");
    private static final Map<String, String> NOMENCLATURE = ReferenceCsv.read("hs-2022.csv").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.get("hscode"), r -> r.get("description")));

    public HsCode {
        String v = value == null ? "" : value.replaceAll("[.\\s]", "");
        if (!FORMAT.matcher(v).matches()) {
            throw new InvalidInputException("hs.invalid", String.valueOf(value));
        }
        if (!NOMENCLATURE.containsKey(v.substring(0, 6))) {
            throw new InvalidInputException("hs.unknown", v.substring(0, 6));
        }
        value = v;
    }

    public static HsCode of(String value) {
        return new HsCode(value);
    }

    /** The HS 2022 subheading: the first six digits. */
    public String subheading() {
        return value.substring(0, 6);
    }

    /** The HS 2022 heading: the first four digits. */
    public String heading() {
        return value.substring(0, 4);
    }

    /** The HS 2022 chapter: the first two digits. */
    public String chapter() {
        return value.substring(0, 2);
    }

    /** The English description of the subheading in HS 2022. */
    public String description() {
        return NOMENCLATURE.get(subheading());
    }

    /** The English description of the heading (four digits) in HS 2022. */
    public String headingDescription() {
        return NOMENCLATURE.get(heading());
    }

    @Override
    public String toString() {
        return value;
    }
}
