package com.greencert.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificationStatusTest {

    @Test
    void the_worse_of_two_views_wins_and_none_says_nothing() {
        assertThat(CertificationStatus.VALID.orWorse(CertificationStatus.SUSPENDED)).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(CertificationStatus.SUSPENDED.orWorse(CertificationStatus.VALID)).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(CertificationStatus.VALID.orWorse(CertificationStatus.EXPIRED)).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(CertificationStatus.EXPIRED.orWorse(CertificationStatus.WITHDRAWN)).isEqualTo(CertificationStatus.WITHDRAWN);
        assertThat(CertificationStatus.VALID.orWorse(CertificationStatus.NONE)).isEqualTo(CertificationStatus.VALID);
        assertThat(CertificationStatus.VALID.orWorse(null)).isEqualTo(CertificationStatus.VALID);
    }
}
