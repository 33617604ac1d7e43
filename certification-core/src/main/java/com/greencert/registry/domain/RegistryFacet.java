package com.greencert.registry.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dimension of the registry that a buyer filters on and sees counts for. {@code parameter} is its name in
 * the API's query string; {@code valid} the shape a filter value must have (anything else is a 400).
 */
public enum RegistryFacet {
    COUNTRY("country", "[A-Z]{2}"),
    /** Province of registration in China (GB/T 2260 code, from a public USCC). */
    PROVINCE("province", "[0-9]{2}"),
    HS_CHAPTER("hsChapter", "[0-9]{2}"),
    UN_CLASS("unClass", "[1-9](\\.[1-6])?[A-Z]?"),
    GHS_CLASS("ghsClass", "[A-Z][A-Z0-9_]{1,60}"),
    SCHEME("scheme", "[A-Za-z0-9][A-Za-z0-9._-]{0,40}"),
    BODY("body", "[a-z0-9][a-z0-9-]{0,62}"),
    STATUS("status", "valid|suspended|expired|withdrawn|none");

    private final String parameter;
    private final Pattern valid;

    RegistryFacet(String parameter, String valid) {
        this.parameter = parameter;
        this.valid = Pattern.compile(valid);
    }

    public String parameter() {
        return parameter;
    }

    /** The field of the index document that holds this facet's values. */
    public String field() {
        return "f_" + parameter;
    }

    public boolean accepts(String value) {
        return value != null && valid.matcher(value).matches();
    }

    public static Optional<RegistryFacet> byParameter(String parameter) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }
}
