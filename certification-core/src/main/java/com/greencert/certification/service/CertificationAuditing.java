package com.greencert.certification.service;

import com.greencert.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Writes every change to an application — state change, decision, finding, evidence attached, appeal,
 * complaint — into the tamper-evident audit trail of the tenant whose record it is, in the same transaction:
 * the certification body's from the submission on; before that, the draft's changes are the supplier's.
 */
@ApplicationScoped
class CertificationAuditing {

    @Inject
    AuditTrail trail;

    void record(@Observes ApplicationChanged change) {
        String transition = change.statusChanged() ? change.before() + " -> " + change.after() : change.after().name();
        String detail = change.detail() == null ? transition : transition + "; " + change.detail();
        trail.record(change.recordKeeper(), change.event(), "application", change.application().toString(),
                detail.length() > 2000 ? detail.substring(0, 2000) : detail);
    }
}
