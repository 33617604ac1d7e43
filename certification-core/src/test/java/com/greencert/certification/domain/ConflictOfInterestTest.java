package com.greencert.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.RuleViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A conflict of interest binds until it is ended; ending is dated, kept, and happens once. */
class ConflictOfInterestTest {

    @Test
    void ending_a_declaration_dates_it_and_keeps_it_and_a_second_end_is_refused() {
        Instant declared = Instant.parse("2026-03-01T08:00:00Z");
        Instant ended = Instant.parse("2026-03-02T09:30:00Z");
        ConflictOfInterest c = new ConflictOfInterest(ApplicationFixtures.BODY, "chen.assessor",
                ApplicationFixtures.SUPPLIER_TENANT, "Former employer", declared);
        assertThat(c.active()).isTrue();
        assertThat(c.endedAt()).isEmpty();
        c.end("chen.assessor", "Left in 2023; cooling-off period over", ended);
        assertThat(c.active()).isFalse();
        assertThat(c.endedAt()).contains(ended);
        assertThat(c.endedBy()).contains("chen.assessor");
        assertThat(c.declaredAt()).isEqualTo(declared);
        assertThat(c.reason()).isEqualTo("Former employer");
        assertThatThrownBy(() -> c.end("sun.decider", null, ended.plusSeconds(60)))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("messageKey", "conflict.already.ended");
        assertThat(c.endedBy()).contains("chen.assessor");
    }
}
