package com.greencert.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every mail template has a subject and a body, in English and in Chinese, with the same argument names. */
class MailBundlesTest {

    @Test
    void both_bundles_have_the_same_keys_and_argument_names_and_the_chinese_texts_are_chinese() throws Exception {
        Properties en = load("mail.properties");
        Properties zh = load("mail_zh_CN.properties");
        assertThat(en).isNotEmpty();
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(key).as("keys are <template>.subject or <template>.body").matches(".+\\.(subject|body)");
            String other = key.endsWith(".subject") ? key.replaceAll("subject$", "body") : key.replaceAll("body$", "subject");
            assertThat(en.stringPropertyNames()).as("pair of " + key).contains(other);
            assertThat(zh.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
            assertThat(new HashSet<>(MailTemplates.placeholders(zh.getProperty(key)))).as("arguments of " + key)
                    .isEqualTo(new HashSet<>(MailTemplates.placeholders(en.getProperty(key))));
        }
    }

    @Test
    void bodies_link_to_the_portal() throws Exception {
        for (String file : new String[] {"mail.properties", "mail_zh_CN.properties"}) {
            Properties p = load(file);
            p.stringPropertyNames().stream().filter(k -> k.endsWith(".body"))
                    .forEach(k -> assertThat(MailTemplates.placeholders(p.getProperty(k))).as(file + " " + k).contains("link"));
        }
    }

    private static Properties load(String file) throws Exception {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MailBundlesTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
