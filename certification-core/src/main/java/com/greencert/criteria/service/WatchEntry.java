package com.greencert.criteria.service;

import com.greencert.criteria.domain.WatchAlert;
import com.greencert.tenant.domain.Tenant;
import java.time.Instant;
import java.util.List;

/** A watched supplier, since when, and what the buyer should know of it today. */
public record WatchEntry(Tenant supplier, Instant since, String watchedBy, List<WatchAlert> alerts) {

    public WatchEntry {
        alerts = List.copyOf(alerts);
    }
}
