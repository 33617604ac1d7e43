package com.greencert.supplier.service;

import com.greencert.shared.domain.RowError;
import java.io.IOException;
import com.greencert.shared.text.UploadedText;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bulk product file: one row per component, with the columns {@code product key, name en, name zh,
 * HS code, UN number, substance name, CAS, min %, max %} and, optional, {@code packing group} (I, II or
 * III, for UN numbers that have packing groups) (header names in any case and spelling of spaces
 * and underscores; comma, semicolon or tab separated; UTF-8 with or without BOM, or GB18030 as Chinese
 * Excel saves it). Rows with the same product key form one product; its name, HS code, UN number and packing group are
 * taken from its first row (later rows may leave them empty, but must not contradict them). This class
 * only checks the file's shape and numbers; the codes are checked by the domain when the service builds
 * the products. Every bad row is reported; nothing is thrown for bad content.
 */
public final class ProductCsvImport {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PRODUCTS = 1000;

    enum Column {
        KEY("product key", "productkey", "key", "product", "productid", "sku"),
        NAME_EN("name en", "nameen", "name", "englishname", "productname", "productnameen"),
        NAME_ZH("name zh", "namezh", "chinesename", "productnamezh"),
        HS("HS code", "hscode", "hs"),
        UN("UN number", "unnumber", "un", "unno"),
        PACKING_GROUP("packing group", "packinggroup", "pg"),
        SUBSTANCE("substance name", "substancename", "substance", "component"),
        CAS("CAS", "cas", "casno", "casnumber", "casrn"),
        MIN("min %", "min", "minpercent", "minimum", "minimumpercent"),
        MAX("max %", "max", "maxpercent", "maximum", "maximumpercent");

        final String header;
        final Set<String> aliases;

        Column(String header, String... aliases) {
            this.header = header;
            this.aliases = Set.of(aliases);
        }
    }

    private static final Set<Column> REQUIRED = Set.of(Column.KEY, Column.NAME_EN, Column.HS, Column.SUBSTANCE,
            Column.CAS, Column.MIN, Column.MAX);

    /** One product of the file: its key, the row of its first line, the rows of its components, the command. */
    public record ImportedProduct(String key, int firstRow, List<Integer> componentRows, RegisterProduct command) {
        public ImportedProduct {
            componentRows = List.copyOf(componentRows);
        }
    }

    /** What was read: the products of the file and the errors of its bad rows. */
    public record Parsed(int rows, List<ImportedProduct> products, List<RowError> errors) {
        public Parsed {
            products = List.copyOf(products);
            errors = List.copyOf(errors);
        }
    }

    private ProductCsvImport() {
    }

    public static Parsed parse(InputStream in) {
        return UploadedText.read(in, MAX_BYTES, Charset.forName("GB18030"))
                .map(text -> parse(text))
                .orElseGet(() -> failed(RowError.of(0, "product.import.too.large", MAX_BYTES / (1024 * 1024))));
    }

    static Parsed parse(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = delimiter(firstLine);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<RowError> errors = new ArrayList<>();
        Map<String, Builder> products = new LinkedHashMap<>();
        int rows = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text))) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    for (int i = 0; i < record.size(); i++) {
                        String normalised = record.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
                        for (Column c : Column.values()) {
                            if (c.aliases.contains(normalised)) {
                                columns.putIfAbsent(c, i);
                            }
                        }
                    }
                    for (Column c : Column.values()) {
                        if (REQUIRED.contains(c) && !columns.containsKey(c)) {
                            errors.add(RowError.of((int) record.getRecordNumber(), "product.import.column.missing", c.header));
                        }
                    }
                    if (!errors.isEmpty()) {
                        return new Parsed(0, List.of(), errors);
                    }
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows++;
                readRow(record, columns, products, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(RowError.of(rows + 2, "product.import.unreadable"));
        }
        if (rows == 0 && errors.isEmpty()) {
            errors.add(RowError.of(0, "product.import.empty"));
        }
        if (products.size() > MAX_PRODUCTS) {
            errors.add(RowError.of(0, "product.import.too.many", MAX_PRODUCTS));
        }
        return new Parsed(rows, products.values().stream().map(Builder::build).toList(), errors);
    }

    private static void readRow(CSVRecord record, Map<Column, Integer> columns, Map<String, Builder> products,
            List<RowError> errors) {
        int row = (int) record.getRecordNumber();
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (var c : columns.entrySet()) {
            cells.put(c.getKey(), c.getValue() < record.size() ? record.get(c.getValue()).strip() : "");
        }
        String key = cells.getOrDefault(Column.KEY, "");
        if (key.isEmpty()) {
            errors.add(RowError.of(row, "product.import.key.missing"));
            return;
        }
        int before = errors.size();
        BigDecimal min = percent(cells.get(Column.MIN), row, errors);
        BigDecimal max = percent(cells.get(Column.MAX), row, errors);
        Builder product = products.get(key);
        if (product == null) {
            product = new Builder(key, row, cells);
            products.put(key, product);
        } else {
            for (Column c : List.of(Column.NAME_EN, Column.NAME_ZH, Column.HS, Column.UN, Column.PACKING_GROUP)) {
                String value = cells.getOrDefault(c, "");
                if (!value.isEmpty() && !value.equals(product.cells.getOrDefault(c, ""))) {
                    errors.add(RowError.of(row, "product.import.conflict", c.header, key, product.firstRow));
                }
            }
        }
        if (errors.size() == before) {
            product.rows.add(row);
            product.lines.add(new ComponentLine(cells.get(Column.SUBSTANCE), cells.get(Column.CAS), null, min, max));
        }
    }

    private static BigDecimal percent(String text, int row, List<RowError> errors) {
        String t = text == null ? "" : text.replace("%", "").strip();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.'); // 0,5 from a German or French spreadsheet
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.add(RowError.of(row, "product.import.percent.invalid", text == null ? "" : text));
            return null;
        }
    }

    private static final class Builder {
        final String key;
        final int firstRow;
        final Map<Column, String> cells;
        final List<Integer> rows = new ArrayList<>();
        final List<ComponentLine> lines = new ArrayList<>();

        Builder(String key, int firstRow, Map<Column, String> cells) {
            this.key = key;
            this.firstRow = firstRow;
            this.cells = cells;
        }

        ImportedProduct build() {
            return new ImportedProduct(key, firstRow, rows, new RegisterProduct(cells.get(Column.NAME_EN),
                    blankToNull(cells.get(Column.NAME_ZH)), cells.get(Column.HS), blankToNull(cells.get(Column.UN)),
                    null, blankToNull(cells.get(Column.PACKING_GROUP)), Set.of(), List.of(), lines));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static char delimiter(String headerLine) {
        char best = ',';
        long most = headerLine.chars().filter(ch -> ch == ',').count();
        for (char d : new char[] {';', '\t'}) {
            long n = headerLine.chars().filter(ch -> ch == d).count();
            if (n > most) {
                best = d;
                most = n;
            }
        }
        return best;
    }

    private static Parsed failed(RowError error) {
        return new Parsed(0, List.of(), List.of(error));
    }
}
