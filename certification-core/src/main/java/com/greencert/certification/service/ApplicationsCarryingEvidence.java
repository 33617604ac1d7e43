package com.greencert.certification.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Applications;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.service.EvidenceInUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/** Evidence's question before a piece is retired: which of the supplier's undecided applications still carry it. */
@ApplicationScoped
public class ApplicationsCarryingEvidence implements EvidenceInUse {

    @Inject
    Applications applications;

    @Override
    public List<String> undecidedApplicationsCarrying(Collection<EvidenceId> pieces) {
        // named as the application's page names it, never by the bare id, since the refusal is read on a page
        return applications.awaitingDecisionCarrying(pieces).stream().map(id -> ApplicationId.parse(id).reference())
                .toList();
    }
}
