package com.greencert.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiryStatusTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private final LocalDate today = LocalDate.now(clock);

    @Test
    void the_status_follows_the_expiry_date_and_the_clock() {
        assertThat(ExpiryStatus.of(null, today)).isEqualTo(ExpiryStatus.NO_EXPIRY);
        assertThat(ExpiryStatus.of(today.minusDays(1), today)).isEqualTo(ExpiryStatus.EXPIRED);
        assertThat(ExpiryStatus.of(today, today)).isEqualTo(ExpiryStatus.EXPIRING);
        assertThat(ExpiryStatus.of(today.plusDays(90), today)).isEqualTo(ExpiryStatus.EXPIRING);
        assertThat(ExpiryStatus.of(today.plusDays(91), today)).isEqualTo(ExpiryStatus.VALID);
    }

    @Test
    void details_are_checked() {
        var d = new EvidenceDetails(EvidenceType.TEST_REPORT, " UN 38.3 test ", "TÜV", today, null, "zh-CN",
                List.of("6f1c1f2e-3b8a-4a59-9a55-0c6f7b1b0a11"), null);
        assertThat(d.title()).isEqualTo("UN 38.3 test");
        assertThat(d.facilityIds()).isEmpty();
        assertThat(d.expiryStatus(today)).isEqualTo(ExpiryStatus.NO_EXPIRY);
        assertThatThrownBy(() -> new EvidenceDetails(EvidenceType.OTHER, "t", "i", today, today.minusDays(1), "en",
                null, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("evidence.expiry.before.issue");
        assertThatThrownBy(() -> new EvidenceDetails(EvidenceType.OTHER, "t", "i", today, null, "english!", null, null))
                .hasMessageContaining("evidence.language.invalid");
        assertThatThrownBy(() -> new EvidenceDetails(EvidenceType.OTHER, "t", "i", today, null, "en", List.of("x"), null))
                .hasMessageContaining("id.malformed");
        assertThatThrownBy(() -> EvidenceType.parse("PASSPORT")).hasMessageContaining("evidence.type.unknown");
        assertThat(EvidenceType.parse("un38_3_summary")).isEqualTo(EvidenceType.UN38_3_SUMMARY);
    }

    @Test
    void file_names_are_display_text_never_paths() {
        assertThat(FileName.sanitize("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileName.sanitize("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(FileName.sanitize("...hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(FileName.sanitize("安全数据表 (SDS).pdf")).isEqualTo("安全数据表 (SDS).pdf");
        assertThat(FileName.sanitize("a\"b;\r\nc<d>.pdf")).isEqualTo("a_b;__c_d_.pdf");
        assertThat(FileName.sanitize("名字.pdf")).isEqualTo("名字.pdf");
        assertThat(FileName.sanitize("Report #3, v2 [final] & co.pdf")).isEqualTo("Report #3, v2 [final] & co.pdf");
        assertThat(FileName.sanitize("安全\u3000数据表.pdf")).isEqualTo("安全\u3000数据表.pdf");
        assertThat(FileName.sanitize("invoice\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
        assertThat(FileName.sanitize("a\tb:c*d?.pdf")).isEqualTo("a_b_c_d_.pdf");
        assertThat(FileName.sanitize("../")).isEqualTo("file");
        assertThat(FileName.sanitize(null)).isEqualTo("file");
        assertThat(FileName.sanitize("x".repeat(500) + ".pdf")).hasSize(FileName.MAX_LENGTH).endsWith(".pdf");
    }

    @Test
    void a_new_version_supersedes_the_old_one_which_stays_unchanged() {
        var details = new EvidenceDetails(EvidenceType.SAFETY_DATA_SHEET, "SDS", "Us", today, today.plusYears(3), "en",
                null, null);
        var content = new EvidenceContent("sds.pdf", "application/pdf", 10, "a".repeat(64), "a".repeat(64));
        Evidence v1 = Evidence.first(EvidenceId.newId(), details, content, "k1", "li.supplier", clock.instant());
        Evidence v2 = v1.supersededBy(EvidenceId.newId(), details, content, null, "li.supplier", clock.instant());
        assertThat(v1.versionNo()).isEqualTo(1);
        assertThat(v1.supersedes()).isEmpty();
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.supersedes()).contains(v1.id());
        assertThat(v1.idempotencyKey()).contains("k1");
        assertThatThrownBy(() -> Evidence.checkedKey("with space")).hasMessageContaining("evidence.idempotency.key.invalid");
    }
}
