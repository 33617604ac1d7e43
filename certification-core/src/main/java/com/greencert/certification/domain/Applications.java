package com.greencert.certification.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Applications, always read on behalf of one tenant: a supplier finds only its own, a certification body
 * only those made to it, anyone else nothing.
 */
public interface Applications {

    void add(CertificationApplication application);

    Optional<CertificationApplication> find(ApplicationId id, TenantId party);

    List<CertificationApplication> ofParty(TenantId party);

    /**
     * A certification, whoever asks: that a supplier holds (or held) a certificate is public, so a third
     * party can complain about it. Finds nothing that was never certified.
     */
    Optional<CertificationApplication> findCertified(ApplicationId id);
}
