package com.greencert.certification.domain;

/** The queues a certification body's staff work from. */
public enum WorkQueue {
    /** Submitted, waiting for application review. */
    TO_REVIEW,
    /** Accepted: document review and audit under way, or corrective actions to verify. */
    TO_EVALUATE,
    /** Corrective actions past their due date. */
    FINDINGS_OVERDUE,
    /** Evaluation done, waiting for the independent review. */
    INDEPENDENT_REVIEW,
    /** Reviewed, waiting for the decision. */
    DECISIONS_PENDING,
    /** Certified suppliers whose surveillance falls due within 30 days (or is overdue). */
    SURVEILLANCE_DUE
}
