package com.greencert.criteria.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.Importance;
import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.InvitationAction;
import com.greencert.criteria.domain.InvitationId;
import com.greencert.criteria.domain.ManagementSystem;
import com.greencert.criteria.domain.Matcher;
import com.greencert.criteria.domain.SupplierFacts;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ComparisonCsvTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final TenantId ANNA = TenantId.of("eurochem-buyer");
    private static final CriteriaVersion VERSION = new CriteriaVersion(1,
            List.of(new ManagementSystem(ManagementSystem.Standard.ISO_14001, Importance.MANDATORY)), CLOCK.instant(), true);

    static Comparison comparison(String supplierName) {
        TenantId supplier = TenantId.of("evil-supplier");
        Invitation invitation = new Invitation(InvitationId.newId(), ANNA, supplier, CriteriaSetId.newId(), 1, "anna", CLOCK);
        invitation.accept("li", CLOCK);
        Tenant buyer = new Tenant(ANNA, "EuroChem", null, TenantType.BUYER, "DE", CLOCK.instant());
        Tenant evil = new Tenant(supplier, supplierName, "绿能", TenantType.SUPPLIER, "CN", CLOCK.instant());
        var result = new Matcher(VERSION).match(SupplierFacts.shared(supplier, List.of(), List.of(), List.of(), List.of(),
                Set.of()), LocalDate.of(2026, 12, 1));
        return new Comparison(invitation.criteriaSet(), "Batteries", VERSION, List.of(new SupplierMatch(
                new InvitationSummary(invitation, Invitation.State.ACCEPTED, buyer, evil, "Batteries",
                        Set.of(InvitationAction.WITHDRAW)), VERSION, result)));
    }

    @Test
    void one_row_per_supplier_with_each_criterion_in_words_readable_by_a_spreadsheet() throws Exception {
        String csv = ComparisonCsv.of(comparison("GreenPower Co."), Locale.ENGLISH);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows.getFirst().toList()).startsWith("Supplier", "Supplier (Chinese)", "Invitation", "Overall", "Score");
        assertThat(rows.get(1).toList()).startsWith("GreenPower Co.", "绿能", "Accepted", "fail", "100");
        assertThat(rows.get(1).get(6)).contains("ISO 14001").doesNotContain("ISO_14001");

        List<CSVRecord> zh = CSVFormat.RFC4180.parse(new StringReader(ComparisonCsv.of(comparison("GreenPower Co."),
                Locale.SIMPLIFIED_CHINESE).substring(1))).getRecords();
        assertThat(zh.get(1).toList()).startsWith("GreenPower Co.", "绿能", "已接受", "不符合");
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text() throws Exception {
        String csv = ComparisonCsv.of(comparison("=HYPERLINK(\"http://evil\")"), Locale.ENGLISH);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(ComparisonCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ComparisonCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ComparisonCsv.cell("Plain")).isEqualTo("Plain");
    }
}
