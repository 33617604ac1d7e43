package com.greencert.evidence.service;

import com.greencert.evidence.domain.EvidenceId;
import java.util.Collection;
import java.util.List;

/**
 * Whether applications for certification still rely on pieces of evidence: a port that certification
 * implements (it depends on evidence, not the other way round), asked before a piece is retired.
 */
public interface EvidenceInUse {

    /**
     * The caller's applications not decided yet (drafts included) that carry any of these pieces, attached or as a
     * finding's proof of correction: each by the short reference its page shows a person, for a refusal to name.
     */
    List<String> undecidedApplicationsCarrying(Collection<EvidenceId> pieces);
}
