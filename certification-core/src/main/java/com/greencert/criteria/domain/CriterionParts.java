package com.greencert.criteria.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** What the criterion records share: a required part is refused naming the field, keys list sets in order. */
final class CriterionParts {

    private CriterionParts() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException("field.required", field);
        }
        return value;
    }

    /** An unmodifiable copy; none is the same as empty. */
    static <T> Set<T> copy(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    /** The values' texts, sorted and comma-separated, so a key does not depend on the order given. */
    static String sorted(Collection<?> values) {
        TreeSet<String> texts = new TreeSet<>();
        values.forEach(v -> texts.add(v.toString()));
        return String.join(",", texts);
    }
}
