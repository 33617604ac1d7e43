package com.greencert.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A retired piece records when, by whom and why, once, and takes nothing new. */
class EvidenceRetirementTest {

    private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");

    private static Evidence piece() {
        var details = new EvidenceDetails(EvidenceType.UN38_3_SUMMARY, "UN 38.3 summary", "SGS", LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 1, 5), "en", List.of(), List.of());
        var content = new EvidenceContent("s.pdf", "application/pdf", 10, "a".repeat(64), "a".repeat(64));
        return Evidence.first(EvidenceId.newId(), details, content, null, "li.supplier", AT.minusSeconds(3600));
    }

    @Test
    void a_current_piece_is_not_retired_and_takes_new_versions() {
        Evidence e = piece();
        assertThat(e.retired()).isFalse();
        assertThat(e.retirement()).isEmpty();
        e.requireCurrent();
        assertThat(e.supersededBy(EvidenceId.newId(), e.details(), e.content(), null, "li.supplier", AT).versionNo())
                .isEqualTo(2);
    }

    @Test
    void retiring_records_when_who_and_why_stripped() {
        Evidence e = piece();
        e.retire("li.supplier", AT, "  The lab withdrew the report  ");
        assertThat(e.retired()).isTrue();
        assertThat(e.retirement()).contains(new Retirement(AT, "li.supplier", "The lab withdrew the report"));
    }

    @Test
    void a_retired_piece_refuses_a_new_version_and_anything_that_needs_a_current_one() {
        Evidence e = piece();
        e.retire("li.supplier", AT, "Withdrawn");
        assertThatThrownBy(() -> e.supersededBy(EvidenceId.newId(), e.details(), e.content(), null, "li.supplier", AT))
                .isInstanceOf(RuleViolationException.class).extracting("messageKey").isEqualTo("evidence.retired");
        assertThatThrownBy(e::requireCurrent).isInstanceOf(RuleViolationException.class)
                .extracting("messageKey").isEqualTo("evidence.retired");
    }

    @Test
    void a_piece_is_retired_once() {
        Evidence e = piece();
        e.retire("li.supplier", AT, "Withdrawn");
        assertThatThrownBy(() -> e.retire("li.supplier", AT.plusSeconds(5), "Again"))
                .isInstanceOf(RuleViolationException.class).extracting("messageKey").isEqualTo("evidence.retired.already");
        assertThat(e.retirement().orElseThrow().reason()).isEqualTo("Withdrawn");
    }

    @Test
    void the_reason_is_required_and_bounded() {
        Evidence e = piece();
        assertThatThrownBy(() -> e.retire("li.supplier", AT, "  ")).isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("field.required");
        assertThatThrownBy(() -> e.retire("li.supplier", AT, "x".repeat(Retirement.MAX_REASON + 1)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("field.too.long");
        assertThat(e.retired()).as("nothing recorded by a refusal").isFalse();
        e.retire("li.supplier", AT, "x".repeat(Retirement.MAX_REASON));
        assertThat(e.retired()).isTrue();
    }

    @Test
    void only_the_latest_version_of_a_piece_not_retired_is_current() {
        TenantId owner = TenantId.of("zhejiang-greenpower");
        Evidence e = piece();
        assertThat(new EvidenceEntry(e, owner, ExpiryStatus.VALID, Optional.empty()).current()).isTrue();
        assertThat(new EvidenceEntry(e, owner, ExpiryStatus.VALID, Optional.of(EvidenceId.newId())).current())
                .as("superseded").isFalse();
        e.retire("li.supplier", AT, "Withdrawn");
        assertThat(new EvidenceEntry(e, owner, ExpiryStatus.VALID, Optional.empty()).current()).as("retired").isFalse();
    }
}
