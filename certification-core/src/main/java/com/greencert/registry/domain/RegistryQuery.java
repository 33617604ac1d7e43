package com.greencert.registry.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One search of the public registry: the buyer's text (plain text, never query syntax), filters (one value
 * per facet), the cursor of the page before and the page size. Bounded: the text is at most
 * {@value #MAX_TEXT} characters and {@value #MAX_TERMS} words, a page at most {@value #MAX_LIMIT} hits.
 */
public record RegistryQuery(String text, Map<RegistryFacet, String> filters, Optional<String> cursor, int limit) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_TERMS = 12;
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 20;

    public RegistryQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("registry.query.too.long", MAX_TEXT);
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidInputException("registry.query.control");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("registry.limit.range", MAX_LIMIT);
        }
        EnumMap<RegistryFacet, String> copy = new EnumMap<>(RegistryFacet.class);
        (filters == null ? Map.<RegistryFacet, String>of() : filters).forEach((facet, value) -> {
            if (!facet.accepts(value)) {
                throw new InvalidInputException("registry.filter.invalid", facet.parameter());
            }
            copy.put(facet, value);
        });
        filters = Collections.unmodifiableMap(copy);
        cursor = cursor == null ? Optional.empty() : cursor.filter(c -> !c.isBlank());
    }

    public static RegistryQuery of(String text) {
        return new RegistryQuery(text, Map.of(), Optional.empty(), DEFAULT_LIMIT);
    }

    public RegistryQuery filter(RegistryFacet facet, String value) {
        EnumMap<RegistryFacet, String> more = new EnumMap<>(RegistryFacet.class);
        more.putAll(filters);
        more.put(facet, value);
        return new RegistryQuery(text, more, cursor, limit);
    }

    /** The same search without the filter on {@code facet}: what that facet's counts are taken over. */
    public RegistryQuery without(RegistryFacet facet) {
        EnumMap<RegistryFacet, String> fewer = new EnumMap<>(RegistryFacet.class);
        fewer.putAll(filters);
        fewer.remove(facet);
        return new RegistryQuery(text, fewer, cursor, limit);
    }

    public RegistryQuery after(String nextCursor) {
        return new RegistryQuery(text, filters, Optional.ofNullable(nextCursor), limit);
    }
}
