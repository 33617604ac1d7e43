package com.greencert.criteria.service;

import com.greencert.criteria.domain.MatchResult;
import com.greencert.criteria.domain.Outcome;
import com.greencert.shared.domain.DomainMessages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A comparison as CSV for a buyer's spreadsheet (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
 * read Chinese names): one row per invited supplier, best first; per criterion its outcome and reason in the
 * reader's language. A cell a spreadsheet would take for a formula (=, +, -, @ first) is written with a leading
 * apostrophe, so a supplier's name cannot run in the buyer's spreadsheet.
 */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    public static String of(Comparison comparison, Locale locale) {
        List<String> header = new ArrayList<>(List.of(word("comparison.csv.supplier", locale),
                word("comparison.csv.supplier.zh", locale), word("comparison.csv.invitation", locale),
                word("comparison.csv.overall", locale), word("comparison.csv.score", locale)));
        for (int i = 1; i <= comparison.version().criteria().size(); i++) {
            header.add(DomainMessages.format("comparison.csv.criterion", locale, i,
                    comparison.version().criteria().get(i - 1).key()));
            header.add(DomainMessages.format("comparison.csv.reason", locale, i));
        }
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header.stream().map(ComparisonCsv::cell).toList());
            for (SupplierMatch m : comparison.suppliers()) {
                List<String> row = new ArrayList<>();
                row.add(m.invitation().supplier().nameEn());
                row.add(m.invitation().supplier().nameZh() == null ? "" : m.invitation().supplier().nameZh());
                row.add(DomainMessages.format("invitation.state." + m.invitation().state().key(), locale));
                row.add(m.measured() ? outcome(m.result().overall(), locale) : "");
                row.add(m.measured() ? Integer.toString(m.result().score()) : "");
                if (m.measured()) {
                    for (MatchResult.Line l : m.result().lines()) {
                        row.add(outcome(l.outcome(), locale));
                        row.add(l.message(locale));
                    }
                }
                csv.printRecord(row.stream().map(ComparisonCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String word(String key, Locale locale) {
        return DomainMessages.format(key, locale);
    }

    private static String outcome(Outcome outcome, Locale locale) {
        return DomainMessages.format("match.outcome." + outcome.name().toLowerCase(Locale.ROOT), locale);
    }

    /** Defuses a cell a spreadsheet would evaluate (CSV injection). */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
