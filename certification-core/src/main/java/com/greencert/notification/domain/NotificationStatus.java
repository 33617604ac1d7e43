package com.greencert.notification.domain;

/** Where a notification in the outbox stands. */
public enum NotificationStatus {
    /** Waiting to be sent (for the first time, or again after a failed attempt). */
    PENDING,
    /** A node has taken it and is sending it now. */
    SENDING,
    /** Mailed to every recipient. */
    SENT,
    /** No mail server is configured: each mail was written to the log instead (a local run). */
    SENT_TO_LOG,
    /** There was nobody to send it to (e.g. nobody holds the role in the tenant). */
    NO_RECIPIENTS,
    /** Given up after the last allowed attempt; see the last error. */
    FAILED
}
