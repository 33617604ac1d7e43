package com.greencert.evidence.service;

/** How many latest versions of a tenant's evidence have expired, and how many expire within 90 days. */
public record ExpirySummary(long expired, long expiring) {
}
