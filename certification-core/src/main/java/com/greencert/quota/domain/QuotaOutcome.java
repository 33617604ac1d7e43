package com.greencert.quota.domain;

/** Whether a tenant may create what it asked for, and if not which limit said no. */
public enum QuotaOutcome {
    GRANTED,
    MINUTE_EXCEEDED,
    TOTAL_EXCEEDED
}
