package com.greencert.criteria.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A comparison as an Excel workbook (XLSX, written by fastexcel; docs/adr/0024): the same table as the CSV, with the
 * score as a number the buyer can sort and sum, a bold frozen header row and a filter on it. Every other cell is
 * written as text, never as a formula, so a supplier's name cannot run in the buyer's spreadsheet.
 */
public final class ComparisonXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ComparisonXlsx() {
    }

    public static byte[] of(Comparison comparison, Locale locale) {
        ComparisonTable table = ComparisonTable.of(comparison, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "GreenCert", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(comparison.name()));
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) instanceof Integer score) {
                        sheet.value(r + 1, c, score);
                    } else {
                        sheet.value(r + 1, c, String.valueOf(row.get(c)));
                    }
                }
            }
            sheet.freezePane(0, 1);
            if (!table.header().isEmpty()) {
                sheet.setAutoFilter(0, 0, table.header().size() - 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String setName) {
        String name = setName == null ? "" : setName.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        name = name.isEmpty() ? "Comparison" : name;
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
