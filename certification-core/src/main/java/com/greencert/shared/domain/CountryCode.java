package com.greencert.shared.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An ISO 3166-1 alpha-2 country code, checked against the list shipped in
 * {@code reference/countries.csv} (from the open country-codes data package).
 */
public record CountryCode(String value) {

    private static final Map<String, String[]> COUNTRIES = load();

    public CountryCode {
        value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.containsKey(value)) {
            throw new InvalidInputException("country.unknown", value);
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /** The country's short name in English or, for {@code zh}, in Chinese. */
    public String name(String language) {
        String[] names = COUNTRIES.get(value);
        return "zh".equals(language) && !names[1].isEmpty() ? names[1] : names[0];
    }

    private static Map<String, String[]> load() {
        try (InputStream in = CountryCode.class.getResourceAsStream("/reference/countries.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",", -1))
                    .collect(Collectors.toUnmodifiableMap(f -> f[0], f -> new String[] {f[1], f[2]}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
