package com.greencert.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void the_peer_unless_it_is_a_trusted_proxy() {
        assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", PROXIES)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("10.0.0.5", null, PROXIES)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", "198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
    }

    @Test
    void the_right_most_address_no_trusted_proxy_added() {
        // the client forged the first entry; the outer proxy appended what it saw, the inner one its peer
        assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6", PROXIES)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.5", "2001:db8::1", PROXIES)).isEqualTo("2001:db8::1");
    }

    @Test
    void garbage_in_the_header_falls_back_to_the_peer() {
        assertThat(ClientAddress.of("10.0.0.5", "x y\nz", PROXIES)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", " , ", PROXIES)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", "1.1.1.1,".repeat(400), PROXIES)).isEqualTo("10.0.0.5");
    }
}
