package com.greencert.certification.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Applications, always read on behalf of one tenant: a supplier finds only its own, a certification body
 * only those made to it, anyone else nothing.
 */
public interface Applications {

    void add(CertificationApplication application);

    Optional<CertificationApplication> find(ApplicationId id, TenantId party);

    /** Sort keys {@link #ofParty} offers besides its own order (most recently changed first, then id). */
    String SORT_UPDATED = "updated";
    String SORT_STATUS = "status";

    /** One page of the party's applications, the most recently changed first unless sorted otherwise. */
    Page<CertificationApplication> ofParty(TenantId party, PageRequest page);

    /** The party's applications that are not closed (withdrawn, refused, cancelled). */
    List<CertificationApplication> openOfParty(TenantId party);

    /** One page of a body's work queue on a day, the longest waiting (least recently changed) first. */
    Page<CertificationApplication> inQueue(TenantId body, WorkQueue queue, LocalDate today, PageRequest page);

    /**
     * A certification, whoever asks: that a supplier holds (or held) a certificate is public, so a third
     * party can complain about it. Finds nothing that was never certified.
     */
    Optional<CertificationApplication> findCertified(ApplicationId id);
}
