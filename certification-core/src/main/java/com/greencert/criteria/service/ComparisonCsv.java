package com.greencert.criteria.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
        ComparisonTable table = ComparisonTable.of(comparison, locale);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(table.header().stream().map(ComparisonCsv::cell).toList());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(c -> cell(String.valueOf(c))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Defuses a cell a spreadsheet would evaluate (CSV injection). */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
