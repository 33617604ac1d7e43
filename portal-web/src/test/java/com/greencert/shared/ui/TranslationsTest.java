package com.greencert.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every UI text has an English and a Simplified Chinese version. */
class TranslationsTest {

    @Test
    void both_bundles_have_the_same_keys_and_no_empty_texts() throws Exception {
        Properties en = load("/vaadin-i18n/translations.properties");
        Properties zh = load("/vaadin-i18n/translations_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(TranslationsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
