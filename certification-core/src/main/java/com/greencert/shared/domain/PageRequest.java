package com.greencert.shared.domain;

import java.util.Optional;

/**
 * Which part of a list the caller wants: skip {@code offset} rows, take at most {@code limit}, in the list's
 * stable order, or sorted by one of the properties the list offers ({@link Sort}); rows that sort equal are
 * always ordered by id, so pages never overlap and together give every row. Every list of the portal and
 * the API is read this way: no list is ever read whole.
 */
public record PageRequest(int offset, int limit, Optional<Sort> sort) {

    /** Rows per page when the caller does not say. */
    public static final int DEFAULT_LIMIT = 50;
    /** The most rows one page may hold. */
    public static final int MAX_LIMIT = 500;

    /** One sort key: a property the list offers, ascending or descending. */
    public record Sort(String property, boolean descending) {
    }

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("page.offset.invalid", "offset", String.valueOf(offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("page.limit.invalid", "limit", String.valueOf(limit), MAX_LIMIT);
        }
        sort = sort == null ? Optional.empty() : sort;
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, Optional.empty());
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return of(0, DEFAULT_LIMIT);
    }

    /**
     * From query parameters as the caller wrote them: absent or empty means the default (offset 0, limit
     * {@value #DEFAULT_LIMIT}); anything but a whole number in range is refused, naming the parameter.
     */
    public static PageRequest parse(String offset, String limit) {
        return of(number("offset", offset, 0, Integer.MAX_VALUE, 0),
                number("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT));
    }

    public PageRequest sortedBy(String property, boolean descending) {
        return new PageRequest(offset, limit, Optional.of(new Sort(property, descending)));
    }

    private static int number(String name, String text, int min, int max, int absent) {
        if (text == null || text.isEmpty()) {
            return absent;
        }
        String key = "page." + name + ".invalid";
        if (text.length() > 11 || !text.matches("-?[0-9]+")) {
            throw new InvalidInputException(key, name, text.length() > 20 ? text.substring(0, 20) + "…" : text, MAX_LIMIT);
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw new InvalidInputException(key, name, text, MAX_LIMIT);
        }
        return (int) value;
    }
}
