package com.greencert.criteria.domain;

import com.greencert.criteria.domain.DeclaredValueLimit.Comparison;
import com.greencert.shared.domain.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a list of criteria a version a buyer can use: not empty, not too long, every criterion well made
 * (mandatory or weighted, in range, limits in the quantity's unit), no duplicates, no two criteria no supplier can
 * meet together. Every refusal is an {@link InvalidInputException} whose first two arguments name the criterion:
 * its position (from 1) and its key.
 */
final class CriteriaRules {

    /** A version holds at most this many criteria (bounded work, ADR 0013). */
    static final int MAX_CRITERIA = 50;

    private CriteriaRules() {
    }

    /** The criteria, unmodifiable, once they pass every rule. */
    static List<Criterion> validated(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new InvalidInputException("criteria.empty");
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new InvalidInputException("criteria.too.many", criteria.size(), MAX_CRITERIA);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            int position = i + 1;
            if (criterion == null) {
                throw new InvalidInputException("criteria.criterion.missing", position);
            }
            String key = criterion.key();
            checkImportance(position, key, criterion.importance());
            checkOwn(position, key, criterion);
            Integer first = seen.putIfAbsent(key, position);
            if (first != null) {
                throw new InvalidInputException("criteria.duplicate", position, key, first);
            }
        }
        checkContradictions(criteria);
        return List.copyOf(criteria);
    }

    private static void checkImportance(int position, String key, Importance importance) {
        if (importance.mandatory() && importance.weight() != null) {
            throw new InvalidInputException("criteria.importance.both", position, key);
        }
        if (!importance.mandatory() && importance.weight() == null) {
            throw new InvalidInputException("criteria.importance.missing", position, key);
        }
        if (importance.weighted()
                && (importance.weight() < Importance.MIN_WEIGHT || importance.weight() > Importance.MAX_WEIGHT)) {
            throw new InvalidInputException("criteria.weight.range", position, key, importance.weight(),
                    Importance.MIN_WEIGHT, Importance.MAX_WEIGHT);
        }
    }

    private static void checkOwn(int position, String key, Criterion criterion) {
        switch (criterion) {
            case DeclaredValueLimit d when d.unit() != d.quantity().unit() ->
                    throw new InvalidInputException("criteria.unit.mismatch", position, key, d.unit().symbol(),
                            d.quantity().unit().symbol());
            case DeclaredValueLimit d when !d.quantity().allows(d.limit()) ->
                    throw new InvalidInputException("criteria.limit.range", position, key, d.limit().toPlainString(),
                            d.unit().symbol());
            case EvidenceWithin e when e.maxAgeMonths() < 1 || e.maxAgeMonths() > EvidenceWithin.MAX_AGE_MONTHS ->
                    throw new InvalidInputException("criteria.max.age.range", position, key, e.maxAgeMonths(),
                            EvidenceWithin.MAX_AGE_MONTHS);
            case HazardExclusion h when h.excludesNothing() ->
                    throw new InvalidInputException("criteria.hazard.exclusion.empty", position, key);
            default -> {
            }
        }
    }

    /** A lower limit above an upper limit on the same quantity: no product can meet both. */
    private static void checkContradictions(List<Criterion> criteria) {
        for (int j = 1; j < criteria.size(); j++) {
            if (!(criteria.get(j) instanceof DeclaredValueLimit later)) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                if (criteria.get(i) instanceof DeclaredValueLimit earlier && earlier.quantity() == later.quantity()
                        && earlier.comparison() != later.comparison()) {
                    DeclaredValueLimit atLeast = earlier.comparison() == Comparison.AT_LEAST ? earlier : later;
                    DeclaredValueLimit atMost = atLeast == earlier ? later : earlier;
                    if (atLeast.limit().compareTo(atMost.limit()) > 0) {
                        throw new InvalidInputException("criteria.contradiction", j + 1, later.key(), i + 1,
                                earlier.key());
                    }
                }
            }
        }
    }
}
