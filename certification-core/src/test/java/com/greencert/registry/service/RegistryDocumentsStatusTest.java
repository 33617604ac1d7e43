package com.greencert.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.credential.service.CredentialState;
import com.greencert.registry.domain.CertificationStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status the registry shows: the certification's, or its credential's live state where that is worse. */
class RegistryDocumentsStatusTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    private static final Optional<LocalDate> UNTIL = Optional.of(LocalDate.parse("2029-12-01"));

    private static CertificationStatus status(ApplicationStatus certification, CredentialState credential) {
        return RegistryDocuments.status(certification, UNTIL, TODAY, Optional.ofNullable(credential));
    }

    @Test
    void a_certificate_without_a_credential_shows_the_certifications_status() {
        assertThat(status(ApplicationStatus.CERTIFIED, null)).isEqualTo(CertificationStatus.VALID);
        assertThat(status(ApplicationStatus.SUSPENDED, null)).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(status(ApplicationStatus.WITHDRAWN, null)).isEqualTo(CertificationStatus.WITHDRAWN);
    }

    @Test
    void the_credentials_live_state_counts_where_it_is_worse() {
        assertThat(status(ApplicationStatus.CERTIFIED, CredentialState.VALID)).isEqualTo(CertificationStatus.VALID);
        assertThat(status(ApplicationStatus.CERTIFIED, CredentialState.SUSPENDED)).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(status(ApplicationStatus.CERTIFIED, CredentialState.REVOKED)).isEqualTo(CertificationStatus.WITHDRAWN);
        assertThat(status(ApplicationStatus.CERTIFIED, CredentialState.EXPIRED)).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(status(ApplicationStatus.WITHDRAWN, CredentialState.VALID)).isEqualTo(CertificationStatus.WITHDRAWN);
    }

    @Test
    void a_superseded_or_not_yet_valid_credential_leaves_the_certifications_status() {
        assertThat(status(ApplicationStatus.CERTIFIED, CredentialState.SUPERSEDED)).isEqualTo(CertificationStatus.VALID);
        assertThat(status(ApplicationStatus.SUSPENDED, CredentialState.NOT_YET_VALID)).isEqualTo(CertificationStatus.SUSPENDED);
    }

    @Test
    void a_certificate_past_its_validity_reads_expired_on_the_day_after() {
        Optional<LocalDate> until = Optional.of(TODAY);
        assertThat(RegistryDocuments.status(ApplicationStatus.EXPIRED, until, TODAY.plusDays(1), Optional.of(CredentialState.EXPIRED)))
                .isEqualTo(CertificationStatus.EXPIRED);
    }
}
