package com.greencert.criteria.domain;

import static com.greencert.criteria.domain.CriteriaFixtures.MANDATORY;
import static com.greencert.criteria.domain.CriteriaFixtures.TODAY;
import static com.greencert.criteria.domain.CriteriaFixtures.certificate;
import static com.greencert.criteria.domain.CriteriaFixtures.line;
import static com.greencert.criteria.domain.CriteriaFixtures.shared;
import static com.greencert.criteria.domain.CriteriaFixtures.sharing;
import static com.greencert.criteria.domain.CriteriaFixtures.withheld;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.criteria.domain.ManagementSystem.Standard;
import com.greencert.evidence.domain.EvidenceType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ManagementSystemMatchTest {

    private static final ManagementSystem ISO_14001 = new ManagementSystem(Standard.ISO_14001, MANDATORY);

    @Test
    void a_certificate_of_the_standard_valid_on_the_day_passes() {
        EvidenceFact cert = certificate(Standard.ISO_14001, TODAY.minusYears(1), TODAY);
        MatchResult.Line line = line(ISO_14001,
                sharing(List.of(certificate(Standard.ISO_9001, TODAY.minusYears(1), null), cert)));
        assertThat(line.outcome()).isEqualTo(Outcome.PASS);
        assertThat(line.reason()).isEqualTo(MatchReason.SYSTEM_VALID);
        assertThat(line.basis()).containsExactly(cert);
        assertThat(line.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("已共享有效的ISO 14001 环境管理体系证书。");
    }

    @Test
    void an_expired_or_future_certificate_or_none_fails() {
        MatchResult.Line expired = line(ISO_14001, sharing(List.of(certificate(Standard.ISO_14001, TODAY.minusYears(3),
                TODAY.minusDays(1)))));
        assertThat(expired.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(expired.reason()).isEqualTo(MatchReason.SYSTEM_NOT_VALID);
        assertThat(line(ISO_14001, sharing(List.of(certificate(Standard.ISO_14001, TODAY.plusDays(1), null)))).reason())
                .isEqualTo(MatchReason.SYSTEM_NOT_VALID);
        MatchResult.Line none = line(ISO_14001,
                sharing(List.of(certificate(Standard.ISO_45001, TODAY.minusYears(1), null))));
        assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(none.reason()).isEqualTo(MatchReason.SYSTEM_NONE);
    }

    @Test
    void a_certificate_without_its_standard_recorded_is_unknown_and_a_withheld_one_not_shared() {
        MatchResult.Line unstated = line(ISO_14001, sharing(List.of(certificate(null, TODAY.minusYears(1), null))));
        assertThat(unstated.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(unstated.reason()).isEqualTo(MatchReason.SYSTEM_UNSTATED);
        MatchResult.Line withheld = line(ISO_14001, shared(List.of(), List.of(), List.of(),
                withheld(EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE)));
        assertThat(withheld.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(withheld.notShared()).isTrue();
    }
}
