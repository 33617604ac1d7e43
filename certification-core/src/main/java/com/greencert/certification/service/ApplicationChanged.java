package com.greencert.certification.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;

/**
 * Something happened to an application (a CDI event fired inside the transaction that did it): the audit
 * trail records it and notifications tell whoever must act next. {@code subject} names what inside the
 * application it concerned (a criterion, a finding, an appeal) when not the application itself. {@code event}
 * names what happened: {@code application.<action>} (e.g. {@code application.submit}), {@code appeal.lodged},
 * {@code complaint.received}. {@code openToBody}: whether the body had been given the application (a draft is
 * the supplier's alone, and so is its record).
 */
public record ApplicationChanged(ApplicationId application, TenantId supplier, TenantId body, String event,
        ApplicationStatus before, ApplicationStatus after, String actor, TenantId actorTenant, String detail,
        Instant at, boolean openToBody) {

    /** The tenant whose record this change belongs to: the body's once it was given the application, else the supplier's. */
    public TenantId recordKeeper() {
        return openToBody ? body : supplier;
    }

    public boolean statusChanged() {
        return before != after;
    }
}
