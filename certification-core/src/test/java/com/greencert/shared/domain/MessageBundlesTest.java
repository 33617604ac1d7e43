package com.greencert.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every message has an English and a Chinese text. */
class MessageBundlesTest {

    @Test
    void both_bundles_have_the_same_keys_and_the_chinese_texts_are_chinese() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
        }
    }

    private static Properties load(String file) throws Exception {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void new_messages_read_well_in_both_languages() {
        var e = new InvalidInputException("cas.check.digit.wrong", "7732-18-4", 5);
        assertThat(DomainMessages.format(e, Locale.ENGLISH))
                .isEqualTo("'7732-18-4' is not a valid CAS Registry Number: its check digit should be 5. Please check for a typo.");
        assertThat(DomainMessages.format(e, Locale.SIMPLIFIED_CHINESE)).contains("校验位应为 5");
        var un = new InvalidInputException("un.unknown", "UN9999");
        assertThat(DomainMessages.format(un, Locale.ENGLISH)).isEqualTo("UN9999 is not in GreenCert's list of UN numbers.");
    }
}
