package com.greencert.svhc.service;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.svhc.domain.SvhcEntry;
import java.io.IOException;
import com.greencert.shared.text.UploadedText;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the candidate list as ECHA's website exports it to CSV ("Substance name", "EC No.", "CAS No.",
 * "Date of inclusion", "Reason for inclusion", and other columns that are ignored). Tolerant of what
 * spreadsheets do to such files: a UTF-8 byte order mark (or Windows-1252 text), comma, semicolon or tab
 * separators, quoted fields with line breaks, lines above the header, header names in any case, several
 * EC or CAS numbers in one cell, "-" for none, dates as 2008-10-28, 28/10/2008, 28.10.2008 or 28-Oct-2008.
 * Every bad row is reported (row number and message key); nothing is thrown for bad content.
 */
public final class EchaCandidateListCsv {

    /** Larger than any real export (the full list is well under 1 MB). */
    /** The largest file read (ECHA's export is well under 1 MB); larger is one row error. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Set<String> NONE = Set.of("-", "–", "—", "n/a", "na", "none");
    private static final Pattern TIME_OF_DAY = Pattern.compile("[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    /** The columns used, with the header names they go by (lower case, letters only). */
    enum Column {
        NAME("Substance name", "substancename", "name", "substance"),
        EC("EC No.", "ecno", "ecnumber", "ec", "eclistno", "ecnumbers", "einecs"),
        CAS("CAS No.", "casno", "casnumber", "cas", "casrn", "casnumbers", "casregistrynumber"),
        DATE("Date of inclusion", "dateofinclusion", "inclusiondate", "dateincluded", "date"),
        REASON("Reason for inclusion", "reasonforinclusion", "reason", "reasonsforinclusion");

        final String header;
        final Set<String> aliases;

        Column(String header, String... aliases) {
            this.header = header;
            this.aliases = Set.of(aliases);
        }
    }

    private EchaCandidateListCsv() {
    }

    public static ParsedSvhcList parse(InputStream in) {
        return UploadedText.read(in, MAX_BYTES, Charset.forName("windows-1252"))
                .map(text -> parse(text))
                .orElseGet(() -> failed(SvhcRowError.of(0, "svhc.import.too.large", MAX_BYTES / (1024 * 1024))));
    }

    static ParsedSvhcList parse(String text) {
        Header header = null;
        for (char delimiter : DELIMITERS) {
            Header candidate = findHeader(text, delimiter);
            if (candidate != null && (header == null || candidate.columns.size() > header.columns.size())) {
                header = candidate;
            }
        }
        if (header == null) {
            return failed(SvhcRowError.of(0, "svhc.import.header.missing"));
        }
        if (!header.columns.containsKey(Column.DATE)) {
            return failed(SvhcRowError.of((int) header.row, "svhc.import.column.missing", Column.DATE.header));
        }
        List<SvhcEntry> entries = new ArrayList<>();
        List<SvhcRowError> errors = new ArrayList<>();
        int rows = 0;
        try (CSVParser parser = format(header.delimiter).parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() <= header.row || blank(record)) {
                    continue;
                }
                rows++;
                readRow(record, header.columns, entries, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(SvhcRowError.of(rows + (int) header.row + 1, "svhc.import.unreadable"));
        }
        if (rows == 0 && errors.isEmpty()) {
            errors.add(SvhcRowError.of(0, "svhc.import.empty"));
        }
        return new ParsedSvhcList(entries, errors, rows);
    }

    private static void readRow(CSVRecord record, Map<Column, Integer> columns, List<SvhcEntry> entries,
            List<SvhcRowError> errors) {
        int row = (int) record.getRecordNumber();
        Function<Column, String> cell = c -> columns.containsKey(c) && columns.get(c) < record.size()
                ? record.get(columns.get(c)).strip() : "";
        int errorsBefore = errors.size();
        String name = cell.apply(Column.NAME);
        if (name.isEmpty()) {
            errors.add(SvhcRowError.of(row, "svhc.import.name.missing"));
        }
        List<EcNumber> ec = numbers(cell.apply(Column.EC), row, "svhc.import.ec.invalid", EcNumber::of, errors);
        List<CasNumber> cas = numbers(cell.apply(Column.CAS), row, "svhc.import.cas.invalid", CasNumber::of, errors);
        LocalDate date = date(cell.apply(Column.DATE));
        if (date == null) {
            errors.add(SvhcRowError.of(row, "svhc.import.date.invalid", cell.apply(Column.DATE)));
        }
        if (errors.size() > errorsBefore) {
            return;
        }
        try {
            entries.add(new SvhcEntry(name, ec, cas, date, cell.apply(Column.REASON)));
        } catch (InvalidInputException e) {
            List<Object> args = new ArrayList<>(e.arguments());
            errors.add(new SvhcRowError(row, e.messageKey(), args));
        }
    }

    private static <T> List<T> numbers(String cellText, int row, String errorKey, Function<String, T> parse,
            List<SvhcRowError> errors) {
        List<T> result = new ArrayList<>();
        for (String token : cellText.split("[,;/\\s]+")) {
            if (token.isEmpty() || NONE.contains(token.toLowerCase(Locale.ROOT))) {
                continue;
            }
            try {
                result.add(parse.apply(token));
            } catch (InvalidInputException e) {
                errors.add(SvhcRowError.of(row, errorKey, token));
            }
        }
        return result;
    }

    static LocalDate date(String text) {
        String t = TIME_OF_DAY.matcher(text.strip()).replaceFirst(""); // "2008-10-28 00:00:00" from a spreadsheet
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private record Header(long row, char delimiter, Map<Column, Integer> columns) {
    }

    private static Header findHeader(String text, char delimiter) {
        try (CSVParser parser = format(delimiter).parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > HEADER_SEARCH_ROWS) {
                    return null;
                }
                Map<Column, Integer> columns = new EnumMap<>(Column.class);
                for (int i = 0; i < record.size(); i++) {
                    String normalised = record.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
                    for (Column c : Column.values()) {
                        if (c.aliases.contains(normalised)) {
                            columns.putIfAbsent(c, i);
                        }
                    }
                }
                if (columns.containsKey(Column.NAME) && columns.size() >= 2) {
                    return new Header(record.getRecordNumber(), delimiter, columns);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
        return null;
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static ParsedSvhcList failed(SvhcRowError error) {
        return new ParsedSvhcList(List.of(), List.of(error), 0);
    }
}
