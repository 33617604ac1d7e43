package com.greencert.criteria.service;

import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.MatchResult;
import java.util.List;

/**
 * What a revision of a criteria set would change, before it is saved: each measured invited supplier's result against
 * the current version and against the proposed one (numbered as the revision would be).
 */
public record RevisionImpact(CriteriaSetId set, CriteriaVersion current, CriteriaVersion proposed, List<Change> suppliers) {

    public RevisionImpact {
        suppliers = List.copyOf(suppliers);
    }

    /** One supplier's result now and after the revision. */
    public record Change(InvitationSummary invitation, MatchResult before, MatchResult after) {

        /** Whether its overall outcome or its score would change. */
        public boolean changed() {
            return before.overall() != after.overall() || before.score() != after.score();
        }
    }

    /** How many suppliers' results would change. */
    public long changed() {
        return suppliers.stream().filter(Change::changed).count();
    }
}
