package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntranslatedTextTest {

    @Test
    void finds_missing_translations_raw_keys_and_enum_names() {
        assertThat(UntranslatedText.in("操作 evidence.access.granted 计划 ON_SITE !zh: nav.svhc")).containsExactlyInAnyOrder(
                "message key: evidence.access.granted", "enum name: ON_SITE", "missing translation: !zh: nav.svhc");
    }

    @Test
    void leaves_people_names_codes_hosts_and_files_alone() {
        assertThat(UntranslatedText.in("li.supplier 上传了 sds.v2.pdf；证书 SEC-2026-0001；HS 8507.60；"
                + "UN3480；www.greencert.example；http://localhost:8080/bodies/a.b.c；li@green.power.cn；GHS02 ISO 14001"))
                .isEmpty();
    }
}
