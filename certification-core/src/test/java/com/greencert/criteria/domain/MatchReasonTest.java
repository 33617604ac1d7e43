package com.greencert.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every reason the matcher gives reads in English and Chinese. */
class MatchReasonTest {

    @Test
    void every_reason_has_an_english_and_a_chinese_text() {
        ResourceBundle en = ResourceBundle.getBundle("com.greencert.shared.domain.messages", Locale.ENGLISH);
        ResourceBundle zh = ResourceBundle.getBundle("com.greencert.shared.domain.messages", Locale.SIMPLIFIED_CHINESE);
        for (MatchReason reason : MatchReason.values()) {
            assertThat(en.containsKey(reason.key())).as(reason.key()).isTrue();
            assertThat(zh.getString(reason.key())).as(reason.key()).containsPattern("\\p{IsHan}");
        }
        assertThat(MatchReason.NOT_SHARED.key()).isEqualTo("match.reason.not.shared");
        assertThat(MatchReason.UN383_NOT_APPLICABLE.key()).isEqualTo("match.reason.un383.not.applicable");
    }
}
