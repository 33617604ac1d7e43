package com.greencert.certification.domain;

/**
 * Where an application stands. {@link #EXPIRED} is never stored: a certified application is expired when
 * the clock passes its certificate's validity ({@link CertificationApplication#statusOn}).
 */
public enum ApplicationStatus {
    /** The supplier is preparing it. */
    DRAFT,
    /** Sent to the certification body, waiting for its application review. */
    SUBMITTED,
    /** The body returned it for completion; the supplier edits and submits again. */
    RETURNED,
    /** Accepted: document review per criterion and the audit. */
    EVALUATION,
    /** Non-conformities were found: the supplier takes corrective action, the assessor verifies it. */
    CORRECTIVE_ACTION,
    /** Evaluation done: someone who did not evaluate reviews the whole file. */
    INDEPENDENT_REVIEW,
    /** Reviewed: waiting for the certification decision. */
    DECISION_PENDING,
    /** Granted (in full or with reduced scope): the supplier holds a valid certificate. */
    CERTIFIED,
    /** Certificate suspended: not valid until restored. */
    SUSPENDED,
    /** Certificate withdrawn for good. */
    WITHDRAWN,
    /** Certification refused. */
    REFUSED,
    /** The supplier withdrew the application before a decision. */
    CANCELLED,
    /** Derived: a certificate past its validity. */
    EXPIRED;

    public boolean terminal() {
        return this == WITHDRAWN || this == REFUSED || this == CANCELLED || this == EXPIRED;
    }
}
