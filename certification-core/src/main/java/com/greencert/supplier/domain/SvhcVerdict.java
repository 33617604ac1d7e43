package com.greencert.supplier.domain;

/** What the screening says about one component of a product; declared from the least to the most severe. */
public enum SvhcVerdict {
    /** The substance is not on the candidate list version used. */
    NOT_ON_LIST,
    /** An SVHC, but at most 0.1 % w/w over its whole concentration range. */
    AT_OR_BELOW_THRESHOLD,
    /** An SVHC whose concentration range reaches above 0.1 % w/w: it may exceed the threshold. */
    MAY_EXCEED_THRESHOLD,
    /** An SVHC whose minimum concentration is above 0.1 % w/w: it exceeds the threshold. */
    EXCEEDS_THRESHOLD
}
