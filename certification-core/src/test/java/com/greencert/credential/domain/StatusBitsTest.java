package com.greencert.credential.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Bitstring Status List v1.0 encoding, checked against a decoder written here from the spec alone. */
class StatusBitsTest {

    @Test
    void encoded_list_is_multibase_base64url_of_gzip_with_index_zero_the_most_significant_bit() throws Exception {
        StatusBits bits = StatusBits.empty();
        bits.set(0, true);
        bits.set(7, true);
        bits.set(9, true);
        bits.set(131_071, true);
        String encoded = bits.encode();

        assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
        byte[] raw = independentDecode(encoded);
        assertThat(raw).hasSize(16_384);
        assertThat(raw[0] & 0xff).isEqualTo(0b1000_0001);
        assertThat(raw[1] & 0xff).isEqualTo(0b0100_0000);
        assertThat(raw[16_383] & 0xff).isEqualTo(0b0000_0001);
        assertThat(bitOf(raw, 9)).isTrue();
        assertThat(bitOf(raw, 8)).isFalse();
    }

    @Test
    void decodes_a_list_made_outside_our_code_and_round_trips() throws Exception {
        byte[] raw = new byte[16_384];
        raw[12] = (byte) 0b0010_0000; // index 12*8+2 = 98
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        String encoded = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        StatusBits bits = StatusBits.decode(encoded);
        assertThat(bits.get(98)).isTrue();
        assertThat(bits.get(97)).isFalse();
        assertThat(StatusBits.decode(bits.encode())).isEqualTo(bits);
        bits.set(98, false);
        assertThat(bits.get(98)).isFalse();
    }

    @Test
    void refuses_what_is_not_a_status_list() {
        assertThatThrownBy(() -> StatusBits.decode("zabc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusBits.decode("u" + Base64.getUrlEncoder().encodeToString(new byte[10])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusBits.empty().get(131_072)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void a_stored_list_counts_its_generations() {
        StatusList list = new StatusList(com.greencert.shared.domain.TenantId.of("sinoeco"), StatusPurpose.SUSPENSION,
                java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(list.set(5, true, java.time.Instant.parse("2026-01-02T00:00:00Z"))).isTrue();
        assertThat(list.set(5, true, java.time.Instant.parse("2026-01-03T00:00:00Z"))).isFalse();
        assertThat(list.generation()).isEqualTo(1);
        assertThat(list.updatedAt()).isEqualTo(java.time.Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(list.bits().get(5)).isTrue();
    }

    private static byte[] independentDecode(String multibase) throws Exception {
        byte[] gz = Base64.getUrlDecoder().decode(multibase.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static boolean bitOf(byte[] raw, int index) {
        return ((raw[index / 8] >> (7 - index % 8)) & 1) == 1;
    }
}
