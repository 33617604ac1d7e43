package com.greencert.criteria.domain;

import static com.greencert.criteria.domain.CriteriaFixtures.BODY;
import static com.greencert.criteria.domain.CriteriaFixtures.TODAY;
import static com.greencert.criteria.domain.CriteriaFixtures.credential;
import static com.greencert.criteria.domain.CriteriaFixtures.evidence;
import static com.greencert.criteria.domain.CriteriaFixtures.product;
import static com.greencert.criteria.domain.CriteriaFixtures.shared;
import static com.greencert.criteria.domain.CriteriaFixtures.standing;
import static com.greencert.criteria.domain.CriteriaFixtures.suspended;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.credential.domain.CredentialStanding;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.supplier.domain.SvhcVerdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a watching buyer is told is derived from the facts and the day: nothing is stored, nothing is sent twice. */
class WatchAlertTest {

    @Test
    void credentials_suspended_revoked_expired_or_expiring_within_90_days_are_told_superseded_ones_are_not() {
        CredentialFact revoked = standing(BODY, new CredentialStanding(ApplicationId.newId(), "SEC-R", TODAY.minusYears(1),
                TODAY.plusYears(1), null, Instant.parse("2026-03-01T10:00:00Z"), null));
        CredentialFact superseded = standing(BODY, new CredentialStanding(ApplicationId.newId(), "SEC-S",
                TODAY.minusYears(1), TODAY.plusDays(10), null, null, Instant.parse("2026-03-02T10:00:00Z")));
        List<WatchAlert> alerts = WatchAlert.of(shared(List.of(suspended(BODY), revoked,
                credential(BODY, TODAY.minusYears(3), TODAY.minusDays(1)),
                credential(BODY, TODAY.minusYears(2), TODAY.plusDays(WatchAlert.EXPIRING_DAYS)),
                credential(BODY, TODAY.minusYears(2), TODAY.plusDays(WatchAlert.EXPIRING_DAYS + 1)), superseded),
                List.of(), List.of()), TODAY);

        assertThat(alerts).extracting(WatchAlert::kind).containsExactly(WatchAlert.Kind.CREDENTIAL_SUSPENDED,
                WatchAlert.Kind.CREDENTIAL_REVOKED, WatchAlert.Kind.CREDENTIAL_EXPIRED, WatchAlert.Kind.CREDENTIAL_EXPIRING);
        assertThat(alerts.get(0).on()).isEqualTo(TODAY.withDayOfMonth(1).withMonth(2));
        assertThat(alerts.get(1).subject()).isEqualTo("SEC-R");
        assertThat(alerts.get(2).on()).isEqualTo(TODAY.minusDays(1));
        assertThat(alerts.get(3).on()).isEqualTo(TODAY.plusDays(WatchAlert.EXPIRING_DAYS));
    }

    @Test
    void shared_evidence_expired_or_expiring_and_products_above_the_svhc_threshold_are_told_by_type_and_name() {
        List<WatchAlert> alerts = WatchAlert.of(shared(List.of(), List.of(
                evidence(EvidenceType.SAFETY_DATA_SHEET, TODAY.minusYears(3), TODAY.minusDays(3)),
                evidence(EvidenceType.TEST_REPORT, TODAY.minusYears(1), TODAY.plusDays(30)),
                evidence(EvidenceType.UN38_3_SUMMARY, TODAY.minusYears(1), null)),
                List.of(product("Cell A").svhc(SvhcVerdict.EXCEEDS_THRESHOLD).fact(),
                        product("Cell B").svhc(SvhcVerdict.MAY_EXCEED_THRESHOLD).fact())), TODAY);

        assertThat(alerts).containsExactly(
                new WatchAlert(WatchAlert.Kind.EVIDENCE_EXPIRED, "SAFETY_DATA_SHEET", TODAY.minusDays(3)),
                new WatchAlert(WatchAlert.Kind.EVIDENCE_EXPIRING, "TEST_REPORT", TODAY.plusDays(30)),
                new WatchAlert(WatchAlert.Kind.PRODUCT_SVHC_EXCEEDS, "Cell A", null));
    }

    @Test
    void nothing_to_tell_is_no_alert() {
        assertThat(WatchAlert.of(shared(List.of(credential(BODY, TODAY.minusYears(1), TODAY.plusYears(2))), List.of(),
                List.of(product("Cell").fact())), TODAY)).isEmpty();
    }

    @Test
    void an_alert_reads_in_the_readers_language_with_the_evidence_type_in_words() {
        WatchAlert sds = new WatchAlert(WatchAlert.Kind.EVIDENCE_EXPIRED, "SAFETY_DATA_SHEET", TODAY);
        assertThat(sds.message(java.util.Locale.ENGLISH)).isEqualTo("A shared safety data sheet has expired.");
        assertThat(sds.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("已共享的安全技术说明书已过期。");
        assertThat(new WatchAlert(WatchAlert.Kind.CREDENTIAL_SUSPENDED, "SEC-1", TODAY).message(java.util.Locale.ENGLISH))
                .isEqualTo("Certificate SEC-1 is suspended.");
    }
}
