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

    /**
     * Not decided yet: a draft, or on its way to the certification decision. Such an application may still rely on
     * the evidence it carries, so none of it may be retired meanwhile.
     */
    public boolean awaitingDecision() {
        return switch (this) {
            case DRAFT, SUBMITTED, RETURNED, EVALUATION, CORRECTIVE_ACTION, INDEPENDENT_REVIEW, DECISION_PENDING -> true;
            case CERTIFIED, SUSPENDED, WITHDRAWN, REFUSED, CANCELLED, EXPIRED -> false;
        };
    }

    public boolean terminal() {
        return this == WITHDRAWN || this == REFUSED || this == CANCELLED || this == EXPIRED;
    }
}
