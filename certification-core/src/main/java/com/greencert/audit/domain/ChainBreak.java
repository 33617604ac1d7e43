package com.greencert.audit.domain;

/** Why a ledger's chain does not hold, at its first broken entry. */
public enum ChainBreak {
    /** The entry's fields do not give its stored hash: the entry was altered after it was written. */
    ENTRY_ALTERED,
    /** The entry's number does not follow the one before: entries were deleted before it, or it was inserted or moved. */
    SEQUENCE_GAP,
    /** The entry's previous hash is not the hash of the entry before it: an entry was deleted, replaced or inserted. */
    LINK_BROKEN,
    /** The ledger's head names another last entry: the last entries were deleted, or entries were added behind the head. */
    HEAD_MISMATCH
}
