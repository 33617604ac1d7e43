package com.greencert.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryNotesTest {

    @Test
    void the_workflows_words_in_a_note_are_shown_translated_and_the_rest_as_recorded() {
        assertThat(HistoryNotes.of("2026-12-10 ON_SITE by chen.assessor", key -> "[" + key + "]"))
                .isEqualTo("2026-12-10 [audit.mode.ON_SITE] by chen.assessor");
        assertThat(HistoryNotes.of("GRANT_REDUCED two products only; MAJOR C-3", key -> "[" + key + "]"))
                .isEqualTo("[verdict.outcome.GRANT_REDUCED] two products only; [finding.severity.MAJOR] C-3");
        assertThat(HistoryNotes.of("GRANTED REMOTELY", key -> "x")).isEqualTo("GRANTED REMOTELY");
    }
}
