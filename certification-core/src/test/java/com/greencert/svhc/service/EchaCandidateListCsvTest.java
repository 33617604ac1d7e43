package com.greencert.svhc.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.svhc.domain.SvhcEntry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EchaCandidateListCsvTest {

    private static ParsedSvhcList parse(String text) {
        return EchaCandidateListCsv.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reads_echas_columns_and_ignores_the_others() {
        ParsedSvhcList parsed = parse("""
                "Substance name","Description","EC No.","CAS No.","Date of inclusion","Reason for inclusion","Decision"
                "Lead","","231-100-4","7439-92-1","27/06/2018","Toxic for reproduction (Article 57c)","ED/61/2018"
                "Bis(2-ethylhexyl) phthalate (DEHP)","","204-211-0","117-81-7","28/10/2008","Toxic for reproduction (Article 57c)",""
                """);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.importable()).isTrue();
        assertThat(parsed.rows()).isEqualTo(2);
        SvhcEntry lead = parsed.entries().getFirst();
        assertThat(lead.substanceName()).isEqualTo("Lead");
        assertThat(lead.ecNumbers()).containsExactly(EcNumber.of("231-100-4"));
        assertThat(lead.casNumbers()).containsExactly(CasNumber.of("7439-92-1"));
        assertThat(lead.includedOn()).isEqualTo(LocalDate.of(2018, 6, 27));
        assertThat(lead.reason()).contains("Toxic for reproduction (Article 57c)");
    }

    @Test
    void tolerates_a_bom_semicolons_header_case_lines_above_the_header_and_line_breaks_in_quotes() {
        ParsedSvhcList parsed = parse("\uFEFFCandidate List of substances of very high concern for Authorisation;;;;\n"
                + "Exported 2025-06-25;;;;\n"
                + "SUBSTANCE NAME;ec no;cas no;DATE OF INCLUSION;reason for inclusion\n"
                + "\"Boric acid\";\"233-139-2,\n234-343-4\";\"10043-35-3, 11113-50-1\";18.06.2010;\"Toxic for reproduction\n(Article 57c)\"\n"
                + "\n"
                + "Diboron trioxide;215-125-8;1303-86-2;2010-06-18;Toxic for reproduction (Article 57c)\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.entries()).hasSize(2);
        SvhcEntry boric = parsed.entries().getFirst();
        assertThat(boric.ecNumbers()).extracting(EcNumber::value).containsExactly("233-139-2", "234-343-4");
        assertThat(boric.casNumbers()).extracting(CasNumber::value).containsExactly("10043-35-3", "11113-50-1");
        assertThat(boric.reason()).contains("Toxic for reproduction (Article 57c)");
        assertThat(boric.includedOn()).isEqualTo(LocalDate.of(2010, 6, 18));
    }

    @Test
    void tab_separated_and_windows_1252_files_are_read_too() {
        String text = "Substance name\tEC No.\tCAS No.\tDate of inclusion\tReason for inclusion\n"
                + "Substance with an accent: é\t-\t-\t16-Jan-2020\tEquivalent level of concern\n";
        ParsedSvhcList parsed = EchaCandidateListCsv.parse(
                new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1252"))));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.entries().getFirst().substanceName()).endsWith("é");
        assertThat(parsed.entries().getFirst().ecNumbers()).isEmpty();
        assertThat(parsed.entries().getFirst().casNumbers()).isEmpty();
    }

    @Test
    void every_bad_row_is_reported_with_its_row_number_and_the_good_rows_are_kept() {
        ParsedSvhcList parsed = parse("""
                Substance name,EC No.,CAS No.,Date of inclusion,Reason for inclusion
                Lead,231-100-4,7439-92-1,2018-06-27,Repr.
                ,231-100-4,7439-92-1,2018-06-27,no name
                Wrong CAS,231-100-4,7439-92-2,2018-06-27,typo
                Wrong EC,231-100-5,7439-92-1,2018-06-27,typo
                No date,231-100-4,7439-92-1,,none
                Bad date,231-100-4,7439-92-1,31/02/2018,none
                Two errors,123,456,yesterday,x
                """);
        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.rows()).isEqualTo(7);
        assertThat(parsed.entries()).hasSize(1);
        assertThat(parsed.errors()).extracting(SvhcRowError::row, SvhcRowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "svhc.import.name.missing"),
                org.assertj.core.groups.Tuple.tuple(4, "svhc.import.cas.invalid"),
                org.assertj.core.groups.Tuple.tuple(5, "svhc.import.ec.invalid"),
                org.assertj.core.groups.Tuple.tuple(6, "svhc.import.date.invalid"),
                org.assertj.core.groups.Tuple.tuple(7, "svhc.import.date.invalid"),
                org.assertj.core.groups.Tuple.tuple(8, "svhc.import.ec.invalid"),
                org.assertj.core.groups.Tuple.tuple(8, "svhc.import.cas.invalid"),
                org.assertj.core.groups.Tuple.tuple(8, "svhc.import.date.invalid"));
        assertThat(parsed.errors().get(1).arguments()).containsExactly("7439-92-2");
        assertThat(parsed.errors().get(1).describe(Locale.ENGLISH)).isEqualTo("'7439-92-2' is not a valid CAS number.");
        assertThat(parsed.errors().get(1).describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“7439-92-2”不是有效的 CAS 号。");
    }

    @Test
    void an_overlong_name_is_a_row_error() {
        ParsedSvhcList parsed = parse("Substance name,Date of inclusion\n" + "x".repeat(2001) + ",2020-01-01\n");
        assertThat(parsed.errors()).extracting(SvhcRowError::row, SvhcRowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "field.too.long"));
    }

    @Test
    void a_file_without_a_recognisable_header_or_without_dates_or_entries_is_refused() {
        assertThat(parse("just,some,text\n1,2,3\n").errors()).extracting(SvhcRowError::messageKey)
                .containsExactly("svhc.import.header.missing");
        assertThat(parse("Substance name,CAS No.\nLead,7439-92-1\n").errors())
                .extracting(SvhcRowError::row, SvhcRowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "svhc.import.column.missing"));
        assertThat(parse("Substance name,Date of inclusion\n\n").errors()).extracting(SvhcRowError::messageKey)
                .containsExactly("svhc.import.empty");
        assertThat(parse("").errors()).extracting(SvhcRowError::messageKey).containsExactly("svhc.import.header.missing");
    }

    @Test
    void a_broken_quote_is_reported_not_thrown() {
        ParsedSvhcList parsed = parse("Substance name,Date of inclusion\n\"Lead\"x,2018-06-27\n");
        assertThat(parsed.importable()).isFalse();
        assertThat(parsed.errors()).extracting(SvhcRowError::messageKey).contains("svhc.import.unreadable");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2008-10-28|2008-10-28", "28/10/2008|2008-10-28", "28.10.2008|2008-10-28",
            "28-Oct-2008|2008-10-28", "28-OCT-2008|2008-10-28", "2008/10/28|2008-10-28", "28 October 2008|2008-10-28",
            "2008-10-28 00:00:00|2008-10-28", "2008-10-28T00:00|2008-10-28", "7/1/2021|2021-01-07"})
    void dates_in_the_usual_forms_are_read(String text, String expected) {
        assertThat(EchaCandidateListCsv.date(text)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void the_shipped_starter_list_reads_without_errors() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/reference/svhc-starter.csv")) {
            ParsedSvhcList parsed = EchaCandidateListCsv.parse(in);
            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.entries()).hasSize(16);
            assertThat(parsed.entries()).flatExtracting(SvhcEntry::casNumbers).extracting(CasNumber::value)
                    .contains("117-81-7", "84-74-2", "85-68-7", "84-69-5", "7439-92-1", "7440-43-9", "25637-99-4",
                            "85535-84-8", "7646-79-9", "10043-35-3", "1303-86-2", "7758-97-6", "80-05-7", "335-67-1",
                            "127-19-5");
        }
    }
}
