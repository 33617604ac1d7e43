package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of an application's evidence the certification body relied on: the pieces of the types a reviewed
 * criterion names, and the proofs of the corrections it verified. The body keeps these as its record
 * (ISO/IEC 17065 7.12) when the application ends without them; what it never examined it gives back.
 */
public final class EvidenceReliance {

    private EvidenceReliance() {
    }

    public static Set<EvidenceId> of(CertificationApplication app, Scheme scheme) {
        Set<EvidenceType> reviewed = app.criterionReviews().stream().map(r -> scheme.criterion(r.criterionCode()))
                .flatMap(Optional::stream).flatMap(c -> c.evidenceTypes().stream()).collect(Collectors.toSet());
        Set<EvidenceId> relied = new LinkedHashSet<>();
        app.evidence().stream().filter(e -> reviewed.contains(e.type())).map(AttachedEvidence::evidenceId)
                .forEach(relied::add);
        app.findings().stream().filter(f -> f.verifiedBy().isPresent()).map(Finding::correctionEvidence)
                .flatMap(Optional::stream).forEach(relied::add);
        return relied;
    }

    /** Every piece the application has made known to the body: attached ones and the proofs of its findings. */
    public static Set<EvidenceId> shared(CertificationApplication app) {
        Set<EvidenceId> all = new LinkedHashSet<>();
        app.evidence().forEach(e -> all.add(e.evidenceId()));
        app.findings().forEach(f -> f.correctionEvidence().ifPresent(all::add));
        return all;
    }
}
