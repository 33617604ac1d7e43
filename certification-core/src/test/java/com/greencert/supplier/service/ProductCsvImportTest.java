package com.greencert.supplier.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.shared.domain.RowError;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class ProductCsvImportTest {

    private static final String HEADER = "product key,name en,name zh,HS code,UN number,substance name,CAS,min %,max %\n";

    @Test
    void rows_with_the_same_key_form_one_product_with_its_components_in_order() {
        var parsed = ProductCsvImport.parse(HEADER
                + "P1,PVC cable,电缆,854449,,Polyvinyl chloride,9002-86-2,60,70\n"
                + "P1,,,,,Bis(2-ethylhexyl) phthalate,117-81-7,0.5,1\n"
                + "P2,Ethanol,乙醇,220710,UN1170,Ethanol,64-17-5,95,100\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(3);
        assertThat(parsed.products()).hasSize(2);
        var p1 = parsed.products().getFirst();
        assertThat(p1.key()).isEqualTo("P1");
        assertThat(p1.firstRow()).isEqualTo(2);
        assertThat(p1.componentRows()).containsExactly(2, 3);
        assertThat(p1.command().nameZh()).isEqualTo("电缆");
        assertThat(p1.command().unNumber()).isNull();
        assertThat(p1.command().composition()).extracting(ComponentLine::casNumber).containsExactly("9002-86-2", "117-81-7");
        assertThat(parsed.products().get(1).command().unNumber()).isEqualTo("UN1170");
    }

    @Test
    void semicolons_a_bom_decimal_commas_and_percent_signs_are_accepted() {
        var parsed = ProductCsvImport.parse("\uFEFFProduct_Key;Name_EN;Name_ZH;HS_Code;UN_Number;Substance_Name;CAS;Min;Max\n"
                + "A;Cable;;854449;;PVC;9002-86-2;0,5 %;1%\n");
        assertThat(parsed.errors()).isEmpty();
        ComponentLine line = parsed.products().getFirst().command().composition().getFirst();
        assertThat(line.minPercent()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(line.maxPercent()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void a_gb18030_file_from_chinese_excel_is_read() {
        byte[] bytes = (HEADER + "P1,Cable,电缆,854449,,PVC,9002-86-2,1,2\n").getBytes(Charset.forName("GB18030"));
        var parsed = ProductCsvImport.parse(new ByteArrayInputStream(bytes));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.products().getFirst().command().nameZh()).isEqualTo("电缆");
    }

    @Test
    void bad_rows_are_reported_with_their_row_numbers_and_nothing_is_thrown() {
        var parsed = ProductCsvImport.parse(HEADER
                + "P1,Cable,,854449,,PVC,9002-86-2,abc,2\n"
                + ",Cable,,854449,,PVC,9002-86-2,1,2\n"
                + "P1,Other name,,854449,,DEHP,117-81-7,1,2\n");
        assertThat(parsed.errors()).extracting(RowError::row, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "product.import.percent.invalid"),
                org.assertj.core.groups.Tuple.tuple(3, "product.import.key.missing"),
                org.assertj.core.groups.Tuple.tuple(4, "product.import.conflict"));
    }

    @Test
    void a_missing_column_and_an_empty_file_are_file_errors() {
        assertThat(ProductCsvImport.parse("product key,name en\nP1,Cable\n").errors())
                .extracting(RowError::messageKey).contains("product.import.column.missing");
        assertThat(ProductCsvImport.parse(HEADER).errors()).extracting(RowError::messageKey)
                .containsExactly("product.import.empty");
    }
}
