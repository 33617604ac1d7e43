package com.greencert.credential.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A key is named by its own part of the DID URL, shortened readably when long. */
class SigningKeysViewTest {

    @Test
    void a_short_fragment_is_shown_whole() {
        assertThat(SigningKeysView.shortName("did:web:localhost%3A8080:bodies:sinoeco-cert#key-2")).isEqualTo("key-2");
    }

    @Test
    void a_long_fragment_keeps_its_start_and_end() {
        assertThat(SigningKeysView.shortName("did:web:example.com:bodies:sinoeco-cert#Yl3kQe9wM0qf5pL1xZb7TnR2uVc4"))
                .isEqualTo("Yl3kQe9w…uVc4");
    }

    @Test
    void a_key_id_without_fragment_is_shortened_as_a_whole() {
        assertThat(SigningKeysView.shortName("3f2a9c1e-0b7d-4c55-9a11-2e8f6d4b7a90")).isEqualTo("3f2a9c1e…7a90");
    }
}
