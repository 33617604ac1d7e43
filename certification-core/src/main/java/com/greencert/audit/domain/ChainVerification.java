package com.greencert.audit.domain;

import com.greencert.shared.domain.TenantId;
import java.util.Objects;

/**
 * The outcome of checking a ledger: intact, and how many entries were checked; or, when broken, the first
 * broken entry (its number and id; the id is absent when the entry is gone, e.g. deleted last entries) and
 * why.
 */
public record ChainVerification(TenantId ledger, boolean intact, long checked, Long brokenSeq, String brokenEntryId,
        ChainBreak reason) {

    public ChainVerification {
        Objects.requireNonNull(ledger, "ledger");
        if (intact != (reason == null)) {
            throw new IllegalArgumentException("a broken chain has a reason, an intact one has none");
        }
    }

    public static ChainVerification intact(TenantId ledger, long checked) {
        return new ChainVerification(ledger, true, checked, null, null, null);
    }

    public static ChainVerification broken(TenantId ledger, long checked, long seq, String entryId, ChainBreak reason) {
        return new ChainVerification(ledger, false, checked, seq, entryId, Objects.requireNonNull(reason, "reason"));
    }
}
