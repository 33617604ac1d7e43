package com.greencert.criteria.service;

import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.MatchResult;

/**
 * How one invited supplier measures up: its invitation, and its result against the set's current version: on what
 * it shares once it accepted, on its public registry data while the invitation is pending, none once declined,
 * withdrawn or expired.
 */
public record SupplierMatch(InvitationSummary invitation, CriteriaVersion version, MatchResult result) {

    public boolean measured() {
        return result != null;
    }
}
