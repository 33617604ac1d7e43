package com.greencert.criteria.domain;

import com.greencert.shared.domain.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The members of one criterion's JSON object, read for {@link CriteriaJson}: each refusal names the criterion by
 * its position (from 1) and its kind, then the member, so a buyer knows which line of which criterion to fix.
 * Members the kind does not have are refused, so a misspelt one is not silently ignored.
 */
final class CriterionFields {

    /** Members every kind has: its kind and how much it counts. */
    private static final List<String> COMMON = List.of("kind", "mandatory", "weight");

    /** The criterion's key: written out for the API, ignored when read. */
    private static final String KEY = "key";

    /** A limit has at most this many digits before the decimal point and after it. */
    private static final int MAX_INTEGER_DIGITS = 9;
    private static final int MAX_DECIMALS = 6;

    private final JsonObject json;
    private final int position;
    private final String kind;

    CriterionFields(JsonObject json, int position, String kind, List<String> own) {
        this.json = json;
        this.position = position;
        this.kind = kind;
        for (String member : json.keySet()) {
            if (!KEY.equals(member) && !COMMON.contains(member) && !own.contains(member)) {
                List<String> members = new ArrayList<>(COMMON);
                members.addAll(own);
                throw new InvalidInputException("criteria.json.field.unknown", position, kind, member,
                        String.join(", ", members));
            }
        }
    }

    Importance importance() {
        Boolean mandatory = flag("mandatory", null);
        Integer weight = json.containsKey("weight") && !isNull("weight") ? wholeNumber("weight") : null;
        return new Importance(Boolean.TRUE.equals(mandatory), weight);
    }

    String text(String member) {
        JsonValue v = present(member);
        if (!(v instanceof JsonString s)) {
            throw type(member, "string");
        }
        return s.getString();
    }

    Boolean flag(String member, Boolean absent) {
        if (!json.containsKey(member) || isNull(member)) {
            return absent;
        }
        JsonValue v = json.get(member);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw type(member, "boolean");
    }

    int wholeNumber(String member) {
        BigDecimal d = number(member, "integer");
        if (d.stripTrailingZeros().scale() > 0) {
            throw type(member, "integer");
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(member, d.toString());
        }
    }

    /** A decimal of sensible size (a huge exponent would cost memory when written out in full). */
    BigDecimal decimal(String member) {
        BigDecimal d = number(member, "number").stripTrailingZeros();
        if (d.precision() - d.scale() > MAX_INTEGER_DIGITS || d.scale() > MAX_DECIMALS) {
            throw invalid(member, d.toString());
        }
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A JSON number; one the parser will not make a BigDecimal of (its own limits on size) is refused too. */
    private BigDecimal number(String member, String jsonType) {
        if (!(present(member) instanceof JsonNumber n)) {
            throw type(member, jsonType);
        }
        try {
            return n.bigDecimalValue();
        } catch (RuntimeException e) {
            throw invalid(member, "…");
        }
    }

    /** One of an enum's constants, by name in any case ({@code -} for {@code _}). */
    <E extends Enum<E>> E constant(String member, Class<E> type) {
        String t = text(member);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(t.strip().replace('-', '_'))).findFirst()
                .orElseThrow(() -> new InvalidInputException("criteria.json.value.unknown", position, kind, member, t,
                        Arrays.toString(type.getEnumConstants())));
    }

    /** A value read by its own type's parser; the parser's refusal is told naming the criterion. */
    <T> T parsed(String member, Function<String, T> parser) {
        return parse(member, text(member), parser);
    }

    /** A list of strings, each read by the parser; none or null is empty. */
    <T> Set<T> set(String member, Function<String, T> parser) {
        if (!json.containsKey(member) || isNull(member)) {
            return Set.of();
        }
        if (json.get(member).getValueType() != JsonValue.ValueType.ARRAY) {
            throw type(member, "array");
        }
        Set<T> values = new LinkedHashSet<>();
        for (JsonValue v : json.getJsonArray(member)) {
            if (!(v instanceof JsonString s)) {
                throw type(member, "array");
            }
            values.add(parse(member, s.getString(), parser));
        }
        return values;
    }

    private <T> T parse(String member, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw invalid(member, text);
        }
    }

    private JsonValue present(String member) {
        if (!json.containsKey(member) || isNull(member)) {
            throw new InvalidInputException("criteria.json.field.required", position, kind, member);
        }
        return json.get(member);
    }

    private boolean isNull(String member) {
        return json.get(member).getValueType() == JsonValue.ValueType.NULL;
    }

    private InvalidInputException type(String member, String jsonType) {
        return new InvalidInputException("criteria.json.field.type", position, kind, member, jsonType);
    }

    private InvalidInputException invalid(String member, String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new InvalidInputException("criteria.json.value.invalid", position, kind, member, shown);
    }
}
