package com.greencert.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Free text is well-formed Unicode: a lone surrogate is refused naming the field, a real pair is kept. */
class TextTest {

    @Test
    void a_lone_surrogate_is_refused_naming_the_field_and_position() {
        for (String lone : new String[] {"Plant \ud800", "\udc00 Plant", "a\ud800b", "\udbff"}) {
            assertThatThrownBy(() -> Text.optional("name", lone, 200)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> {
                        assertThat(e.messageKey()).isEqualTo("text.surrogate");
                        assertThat(e.arguments().getFirst()).isEqualTo("name");
                        assertThat(DomainMessages.format(e, Locale.ENGLISH)).contains("name");
                        assertThat(DomainMessages.format(e, Locale.SIMPLIFIED_CHINESE)).contains("name");
                    });
        }
        assertThatThrownBy(() -> Text.required("title", "x\ud83dy", 200))
                .hasMessageContaining("text.surrogate").hasMessageContaining("title");
    }

    @Test
    void characters_outside_the_basic_plane_and_chinese_pass() {
        assertThat(Text.required("name", " 绿能 \ud83d\ude00 𠀀 ", 200)).isEqualTo("绿能 \ud83d\ude00 𠀀");
        assertThat(Text.optional("name", "  ", 200)).isNull();
    }

    @Test
    void a_null_argument_is_told_not_thrown() {
        var e = new InvalidInputException("accreditation.chapter.invalid", (Object) null);
        assertThat(e.arguments()).containsExactly((Object) null);
        assertThat(DomainMessages.format(e, Locale.ENGLISH)).contains("null");
    }
}
