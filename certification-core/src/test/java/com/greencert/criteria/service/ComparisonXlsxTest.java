package com.greencert.criteria.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The comparison as a workbook, read back with fastexcel's reader: the same table as the CSV, the score a number,
 * words in the reader's language, and a name that would be a formula kept as text.
 */
class ComparisonXlsxTest {

    @Test
    void the_same_table_as_the_csv_with_the_score_a_number_and_a_formula_kept_as_text() throws Exception {
        byte[] xlsx = ComparisonXlsx.of(ComparisonCsvTest.comparison("=HYPERLINK(\"http://evil\")"), Locale.SIMPLIFIED_CHINESE);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Batteries");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(2);
            Row supplier = rows.get(1);
            assertThat(supplier.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(supplier.getCell(0).getRawValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(supplier.getCell(2).getText()).isEqualTo("已接受");
            assertThat(supplier.getCell(ComparisonTable.SCORE).getType()).isEqualTo(CellType.NUMBER);
            assertThat(supplier.getCell(ComparisonTable.SCORE).asNumber()).isEqualByComparingTo(new BigDecimal(100));
            assertThat(rows.getFirst().getCell(0).getText()).isNotBlank();
        }
    }

    @Test
    void a_sheet_is_named_as_excel_allows() {
        assertThat(ComparisonXlsx.sheetName("Batteries [EU]: 2026/27?")).isEqualTo("Batteries  EU   2026 27");
        assertThat(ComparisonXlsx.sheetName("x".repeat(40))).hasSize(31);
        assertThat(ComparisonXlsx.sheetName("  ")).isEqualTo("Comparison");
    }
}
