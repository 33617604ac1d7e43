package com.greencert.criteria.service;

import com.greencert.criteria.domain.MatchResult;
import com.greencert.criteria.domain.Outcome;
import com.greencert.shared.domain.DomainMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comparison as a table in the reader's language, the one both exports write ({@link ComparisonCsv},
 * {@link ComparisonXlsx}): one row per invited supplier, best first; its names, invitation state, overall outcome
 * and score (a number, empty when not measured), then per criterion its outcome and reason.
 */
record ComparisonTable(List<String> header, List<List<Object>> rows) {

    /** The column of the score: the one cell that is a number. */
    static final int SCORE = 4;

    static ComparisonTable of(Comparison comparison, Locale locale) {
        List<String> header = new ArrayList<>(List.of(word("comparison.csv.supplier", locale),
                word("comparison.csv.supplier.zh", locale), word("comparison.csv.invitation", locale),
                word("comparison.csv.overall", locale), word("comparison.csv.score", locale)));
        for (int i = 1; i <= comparison.version().criteria().size(); i++) {
            header.add(DomainMessages.format("comparison.csv.criterion", locale, i,
                    comparison.version().criteria().get(i - 1).key()));
            header.add(DomainMessages.format("comparison.csv.reason", locale, i));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SupplierMatch m : comparison.suppliers()) {
            List<Object> row = new ArrayList<>();
            row.add(m.invitation().supplier().nameEn());
            row.add(m.invitation().supplier().nameZh() == null ? "" : m.invitation().supplier().nameZh());
            row.add(DomainMessages.format("invitation.state." + m.invitation().state().key(), locale));
            row.add(m.measured() ? outcome(m.result().overall(), locale) : "");
            row.add(m.measured() ? (Object) m.result().score() : "");
            if (m.measured()) {
                for (MatchResult.Line l : m.result().lines()) {
                    row.add(outcome(l.outcome(), locale));
                    row.add(l.message(locale));
                }
            }
            rows.add(row);
        }
        return new ComparisonTable(List.copyOf(header), List.copyOf(rows));
    }

    private static String word(String key, Locale locale) {
        return DomainMessages.format(key, locale);
    }

    private static String outcome(Outcome outcome, Locale locale) {
        return DomainMessages.format("match.outcome." + outcome.name().toLowerCase(Locale.ROOT), locale);
    }
}
