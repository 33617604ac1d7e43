package com.greencert.credential.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialDomainTest {

    @Test
    void certificate_numbers_name_body_scheme_year_and_running_number() {
        assertThat(CertificateNumber.format("sec", "GCE", 2026, 42)).isEqualTo("SEC-GCE-2026-000042");
        assertThat(CertificateNumber.format("sino-eco", "GC-E", 2027, 1_234_567)).isEqualTo("SINOECO-GCE-2027-1234567");
        assertThatThrownBy(() -> CertificateNumber.format("sec", "GCE", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void private_keys_are_sealed_with_aes_gcm_bound_to_their_key_id() {
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        KeySealer sealer = KeySealer.fromBase64(Base64.getEncoder().encodeToString(kek));
        byte[] secret = "thirty-two bytes of private key!!".getBytes();
        String sealed = sealer.seal(secret, "did:web:x#key-1");

        assertThat(sealed).doesNotContain(Base64.getEncoder().encodeToString(secret));
        assertThat(sealer.open(sealed, "did:web:x#key-1")).isEqualTo(secret);
        assertThat(sealer.seal(secret, "did:web:x#key-1")).as("fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> sealer.open(sealed, "did:web:x#key-2")).isInstanceOf(IllegalStateException.class);
        byte[] other = kek.clone();
        other[0] ^= 1;
        assertThatThrownBy(() -> new KeySealer(other).open(sealed, "did:web:x#key-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KeySealer.fromBase64("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
        assertThat(sealer.toString()).doesNotContain(Base64.getEncoder().encodeToString(kek));
    }

    @Test
    void did_web_follows_the_method_for_host_port_and_path() {
        DidWeb web = new DidWeb("http://localhost:8080/");
        assertThat(web.did("sinoeco")).isEqualTo("did:web:localhost%3A8080:bodies:sinoeco");
        assertThat(web.documentUrl("sinoeco")).isEqualTo("http://localhost:8080/bodies/sinoeco/did.json");
        assertThat(web.aliasOf("did:web:localhost%3A8080:bodies:sinoeco")).contains("sinoeco");
        assertThat(web.aliasOf("did:web:evil.example:bodies:sinoeco")).isEmpty();
        assertThat(web.aliasOf("did:web:localhost%3A8080:bodies:../x")).isEmpty();
        assertThat(new DidWeb("https://Portal.Example/gc").did("b1")).isEqualTo("did:web:portal.example:gc:bodies:b1");
    }
}
