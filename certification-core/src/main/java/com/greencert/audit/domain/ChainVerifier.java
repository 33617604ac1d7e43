package com.greencert.audit.domain;

import com.greencert.shared.domain.TenantId;

/**
 * Walks a ledger's entries in order of their numbers, one at a time (so a caller can page through millions
 * of them), and stops at the first one that breaks the chain: an entry whose fields do not give its hash
 * (altered), whose number does not follow (deleted before it, inserted or moved), or whose previous hash
 * is not the hash of the entry before it. At the end the ledger's head must name the last entry checked,
 * or the last entries were deleted.
 */
public final class ChainVerifier {

    private final TenantId ledger;
    private long expectedSeq = 1;
    private String expectedPrev = AuditChain.GENESIS;
    private String lastId;
    private long checked;
    private ChainVerification broken;

    public ChainVerifier(TenantId ledger) {
        this.ledger = ledger;
    }

    /** Checks the next entry; false once the chain is broken (further entries are not looked at). */
    public boolean accept(AuditRecord entry) {
        if (broken != null) {
            return false;
        }
        ChainBreak reason = null;
        if (!entry.ledger().equals(ledger.value()) || !entry.hashMatches()) {
            reason = ChainBreak.ENTRY_ALTERED;
        } else if (entry.seq() != expectedSeq) {
            reason = ChainBreak.SEQUENCE_GAP;
        } else if (!expectedPrev.equals(entry.prevHash())) {
            reason = ChainBreak.LINK_BROKEN;
        }
        if (reason != null) {
            broken = ChainVerification.broken(ledger, checked, entry.seq(), entry.id(), reason);
            return false;
        }
        checked++;
        expectedSeq++;
        expectedPrev = entry.hash();
        lastId = entry.id();
        return true;
    }

    /** The number of the last entry checked and found in order (0 before the first). */
    public long lastSeq() {
        return expectedSeq - 1;
    }

    /** The outcome, given the ledger's head: the number and hash of the last entry it recorded. */
    public ChainVerification finish(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        long last = lastSeq();
        if (last < headSeq) {
            return ChainVerification.broken(ledger, checked, last + 1, null, ChainBreak.HEAD_MISMATCH);
        }
        if (last > headSeq || !expectedPrev.equals(headHash)) {
            return ChainVerification.broken(ledger, checked, last, lastId, ChainBreak.HEAD_MISMATCH);
        }
        return ChainVerification.intact(ledger, checked);
    }

    /** Checks a whole ledger held in memory (tests, small ledgers). */
    public static ChainVerification verify(TenantId ledger, Iterable<AuditRecord> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier(ledger);
        for (AuditRecord entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash);
    }
}
