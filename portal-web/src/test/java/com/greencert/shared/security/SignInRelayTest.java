package com.greencert.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInRelayTest {

    private static final String AUTH = "http://kc:8180/realms/greencert/protocol/openid-connect/auth";

    @Test
    void forwards_the_request_unchanged_and_adds_the_readers_language() {
        assertThat(SignInRelay.target(AUTH, "scope=openid&client_id=portal&state=s1", "zh-CN"))
                .isEqualTo(AUTH + "?scope=openid&client_id=portal&state=s1&ui_locales=zh-CN");
    }

    @Test
    void without_a_chosen_language_keycloak_follows_the_browser() {
        assertThat(SignInRelay.target(AUTH, "scope=openid&state=s1", null)).isEqualTo(AUTH + "?scope=openid&state=s1");
    }

    @Test
    void never_adds_a_second_ui_locales() {
        assertThat(SignInRelay.target(AUTH, "state=s1&ui_locales=en", "zh-CN")).isEqualTo(AUTH + "?state=s1&ui_locales=en");
        assertThat(SignInRelay.target(AUTH, null, "en")).isEqualTo(AUTH + "?ui_locales=en");
    }
}
