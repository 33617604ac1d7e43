package com.greencert.reminder.domain;

import com.greencert.shared.caller.Role;

/** What falls due, and who in the tenant that owns it is reminded. */
public enum ReminderKind {
    /** A supplier's piece of evidence (its latest version) expires: the supplier's administrators. */
    EVIDENCE_EXPIRES(Role.TENANT_ADMIN),
    /** A supplier's certificate expires: the supplier's administrators. */
    CERTIFICATE_EXPIRES(Role.TENANT_ADMIN),
    /** A certified supplier's surveillance falls due: the certification body's assessors. */
    SURVEILLANCE_DUE(Role.ASSESSOR),
    /** A finding's corrective action falls due (then it is overdue): the certification body's assessors. */
    FINDING_DUE(Role.ASSESSOR),
    /** A watched supplier's certificate, as the buyer may see it, expires: the buyer's people. */
    WATCHED_CERTIFICATE_EXPIRES(Role.BUYER),
    /** A piece of evidence a watched supplier shared with the buyer expires: the buyer's people. */
    WATCHED_EVIDENCE_EXPIRES(Role.BUYER);

    private final Role reminded;

    ReminderKind(Role reminded) {
        this.reminded = reminded;
    }

    public Role reminded() {
        return reminded;
    }
}
