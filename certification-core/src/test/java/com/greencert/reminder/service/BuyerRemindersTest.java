package com.greencert.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.criteria.domain.WatchAlert;
import com.greencert.criteria.service.WatchEntry;
import com.greencert.criteria.service.WatchService;
import com.greencert.reminder.domain.DueItem;
import com.greencert.reminder.domain.ReminderKind;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A buyer is reminded of what lapses at the suppliers it watches: each certificate it may see and each piece of
 * evidence shared with it that expires within the horizon, named in words, each subject its own for this buyer
 * (so two buyers watching one supplier are each reminded once); suspensions, lapsed items and far dates are not
 * reminders.
 */
class BuyerRemindersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Tenant LI = new Tenant(TenantId.of("zhejiang-greenpower"), "Zhejiang GreenPower Battery Co., Ltd.",
            "浙江绿能电池有限公司", TenantType.SUPPLIER, "CN", Instant.EPOCH);

    private static List<DueItem> dueFor(String buyer, List<WatchAlert> alerts) {
        DueItems items = new DueItems();
        items.watch = new WatchService() {
            @Override
            public List<WatchEntry> forReminders() {
                return List.of(new WatchEntry(LI, Instant.EPOCH, "anna.buyer", alerts));
            }
        };
        return items.of(new Tenant(TenantId.of(buyer), buyer, null, TenantType.BUYER, "DE", Instant.EPOCH), TODAY);
    }

    @Test
    void expiring_certificates_and_shared_evidence_are_due_in_words_and_nothing_else() {
        List<WatchAlert> alerts = List.of(
                new WatchAlert(WatchAlert.Kind.CREDENTIAL_EXPIRING, "SINOECOCERT-GCESILVER-2026-000001", TODAY.plusDays(30)),
                new WatchAlert(WatchAlert.Kind.EVIDENCE_EXPIRING, "SAFETY_DATA_SHEET", TODAY.plusDays(7)),
                new WatchAlert(WatchAlert.Kind.CREDENTIAL_SUSPENDED, "SINOECOCERT-GCESILVER-2026-000002", TODAY.minusDays(1)),
                new WatchAlert(WatchAlert.Kind.EVIDENCE_EXPIRED, "TEST_REPORT", TODAY.minusDays(3)),
                new WatchAlert(WatchAlert.Kind.PRODUCT_SVHC_EXCEEDS, "PVC cable", null));

        List<DueItem> due = dueFor("eurochem-buyer", alerts);

        assertThat(due).extracting(DueItem::kind)
                .containsExactly(ReminderKind.WATCHED_EVIDENCE_EXPIRES, ReminderKind.WATCHED_CERTIFICATE_EXPIRES);
        assertThat(due.getFirst().title()).isEqualTo("Zhejiang GreenPower Battery Co., Ltd. — the safety data sheet shared with you");
        assertThat(due.getFirst().title("zh")).startsWith("浙江绿能电池有限公司 — 与您共享的").doesNotContain("SAFETY_DATA_SHEET");
        assertThat(due.get(1).title()).endsWith("certificate SINOECOCERT-GCESILVER-2026-000001");
        assertThat(due).allSatisfy(d -> {
            assertThat(d.path()).isEqualTo("/buyer/watch");
            assertThat(d.subjectId()).hasSize(36);
        });
        assertThat(ReminderKind.WATCHED_CERTIFICATE_EXPIRES.name()).hasSizeLessThanOrEqualTo(30); // the column's width
    }

    @Test
    void two_buyers_watching_one_supplier_each_get_their_own_reminder() {
        List<WatchAlert> alerts = List.of(
                new WatchAlert(WatchAlert.Kind.CREDENTIAL_EXPIRING, "SINOECOCERT-GCESILVER-2026-000001", TODAY.plusDays(30)));

        String anna = dueFor("eurochem-buyer", alerts).getFirst().subjectId();
        String ben = dueFor("pacific-retail", alerts).getFirst().subjectId();

        assertThat(anna).isNotEqualTo(ben).isEqualTo(dueFor("eurochem-buyer", alerts).getFirst().subjectId());
    }
}
