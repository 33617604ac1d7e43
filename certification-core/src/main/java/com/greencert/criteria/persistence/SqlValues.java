package com.greencert.criteria.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Values of a plain-SQL row as the drivers hand them over (MariaDB's and H2's differ: {@code java.sql.Date} or
 * {@code LocalDate}, {@code Timestamp} or {@code LocalDateTime}, {@code Boolean} or a number), read into Java values.
 */
final class SqlValues {

    private SqlValues() {
    }

    static String text(Object o) {
        return o == null ? null : o.toString().strip();
    }

    static List<String> words(Object o) {
        String s = text(o);
        return s == null || s.isEmpty() ? List.of() : List.of(s.split(" +"));
    }

    static <T> Set<T> ids(Object o, String separator, java.util.function.Function<String, T> parse) {
        String s = text(o);
        if (s == null || s.isEmpty()) {
            return Set.of();
        }
        Set<T> ids = new HashSet<>();
        for (String part : s.split(separator)) {
            if (!part.isBlank()) {
                ids.add(parse.apply(part.strip()));
            }
        }
        return ids;
    }

    static LocalDate date(Object o) {
        return switch (o) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            case LocalDateTime t -> t.toLocalDate();
            default -> LocalDate.parse(o.toString().substring(0, 10));
        };
    }

    static Instant instant(Object o) {
        return switch (o) {
            case null -> null;
            case Instant i -> i;
            case Timestamp t -> t.toInstant();
            case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
            default -> Timestamp.valueOf(o.toString()).toInstant();
        };
    }

    static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }
}
