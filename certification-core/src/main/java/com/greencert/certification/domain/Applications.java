package com.greencert.certification.domain;

import java.util.List;
import java.util.Optional;

/**
 * Applications as the caller's tenant sees them (the party criterion of eclipselink-orm.xml): a supplier its
 * own, a certification body those submitted to it, anyone else nothing.
 */
public interface Applications {

    void add(CertificationApplication application);

    Optional<CertificationApplication> find(ApplicationId id);

    /** Every application the caller's tenant takes part in, the most recently changed first. */
    List<CertificationApplication> visible();

    /**
     * The public facts of a certification, whoever asks: that a supplier holds (or held) a certificate is
     * public, so a third party can complain about it. Finds nothing that was never certified.
     */
    Optional<PublicCertification> findCertified(ApplicationId id);
}
