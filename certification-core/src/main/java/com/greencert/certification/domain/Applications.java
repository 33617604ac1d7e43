package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Applications as the caller's tenant sees them (the party criterion of eclipselink-orm.xml): a supplier its
 * own, a certification body those submitted to it, anyone else nothing.
 */
public interface Applications {

    void add(CertificationApplication application);

    Optional<CertificationApplication> find(ApplicationId id);

    /** Sort keys {@link #visible} offers besides its own order (most recently changed first, then id). */
    String SORT_UPDATED = "updated";
    String SORT_STATUS = "status";

    /** One page of the applications the caller's tenant takes part in, the most recently changed first unless sorted otherwise. */
    Page<CertificationApplication> visible(PageRequest page);

    /** The caller's tenant's applications that are not closed (withdrawn, refused, cancelled). */
    List<CertificationApplication> open();

    /**
     * The ids of the caller's tenant's applications awaiting a decision ({@link ApplicationStatus#awaitingDecision})
     * that carry any of these pieces of evidence, attached or as a finding's proof of correction.
     */
    List<String> awaitingDecisionCarrying(Collection<EvidenceId> pieces);

    /** One page of the caller's body's work queue on a day, the longest waiting (least recently changed) first. */
    Page<CertificationApplication> inQueue(WorkQueue queue, LocalDate today, PageRequest page);

    /**
     * The public facts of a certification, whoever asks: that a supplier holds (or held) a certificate is
     * public, so a third party can complain about it. Finds nothing that was never certified.
     */
    Optional<PublicCertification> findCertified(ApplicationId id);

    /** The suppliers holding an issued certificate valid until a day from {@code from} to {@code to} (included). */
    List<com.greencert.shared.domain.TenantId> suppliersCertifiedUntil(java.time.LocalDate from, java.time.LocalDate to);

    /**
     * The public facts of every certification the given suppliers hold or held (issued at least once), for the
     * public registry; never drafts or applications that were not certified.
     */
    List<PublicCertification> certifiedOf(java.util.Collection<com.greencert.shared.domain.TenantId> suppliers);

    /**
     * At most {@code max} certifications the supplier holds (certified, not suspended or withdrawn) whose certificate
     * is valid until a day from {@code from} to {@code to}, soonest first: for the reminders.
     */
    List<CertificationApplication> certifiedUntil(com.greencert.shared.domain.TenantId supplier, LocalDate from,
            LocalDate to, int max);

    /** At most {@code max} certifications the body granted that are in force on {@code today}: their surveillance is due some day. */
    List<CertificationApplication> inForceGrantedBy(com.greencert.shared.domain.TenantId body, LocalDate today, int max);

    /** At most {@code max} of the body's applications with a finding not closed that is due from {@code from} to {@code to}. */
    List<CertificationApplication> withFindingsDue(com.greencert.shared.domain.TenantId body, LocalDate from, LocalDate to,
            int max);
}
