package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationStatus.CERTIFIED;
import static com.greencert.certification.domain.ApplicationStatus.CORRECTIVE_ACTION;
import static com.greencert.certification.domain.ApplicationStatus.DECISION_PENDING;
import static com.greencert.certification.domain.ApplicationStatus.DRAFT;
import static com.greencert.certification.domain.ApplicationStatus.EVALUATION;
import static com.greencert.certification.domain.ApplicationStatus.EXPIRED;
import static com.greencert.certification.domain.ApplicationStatus.INDEPENDENT_REVIEW;
import static com.greencert.certification.domain.ApplicationStatus.REFUSED;
import static com.greencert.certification.domain.ApplicationStatus.RETURNED;
import static com.greencert.certification.domain.ApplicationStatus.SUBMITTED;
import static com.greencert.certification.domain.ApplicationStatus.SUSPENDED;
import static com.greencert.certification.domain.ApplicationStatus.WITHDRAWN;

import com.greencert.shared.caller.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything anyone can do to an application, with who may do it (the side — supplier or certification
 * body — and the role) and in which states. This one table decides both the guard on each command and the
 * list of actions offered next, so the API, the views and the rules never disagree. An appeal has a second
 * party: the supplier lodges it, and the body's decision-maker who handled it upholds it, which reopens
 * what was appealed ({@link #upheldBy()}; the appeal's own lifecycle is {@link Appeal}'s).
 */
public enum ApplicationAction {
    EDIT(Side.SUPPLIER, Role.SUPPLIER, false, DRAFT, RETURNED),
    SUBMIT(Side.SUPPLIER, Role.SUPPLIER, false, DRAFT, RETURNED),
    CANCEL(Side.SUPPLIER, Role.SUPPLIER, false, DRAFT, RETURNED, SUBMITTED, EVALUATION, CORRECTIVE_ACTION),
    ACCEPT(Side.BODY, Role.ASSESSOR, false, SUBMITTED),
    RETURN(Side.BODY, Role.ASSESSOR, false, SUBMITTED),
    REVIEW_CRITERION(Side.BODY, Role.ASSESSOR, false, EVALUATION),
    PLAN_AUDIT(Side.BODY, Role.ASSESSOR, false, EVALUATION),
    ATTACH_AUDIT_REPORT(Side.BODY, Role.ASSESSOR, false, EVALUATION),
    RECORD_AUDIT(Side.BODY, Role.ASSESSOR, false, EVALUATION),
    RAISE_FINDING(Side.BODY, Role.ASSESSOR, false, EVALUATION),
    COMPLETE_EVALUATION(Side.BODY, Role.ASSESSOR, false, EVALUATION),
    RESPOND_TO_FINDING(Side.SUPPLIER, Role.SUPPLIER, false, CORRECTIVE_ACTION),
    VERIFY_CORRECTION(Side.BODY, Role.ASSESSOR, false, CORRECTIVE_ACTION),
    COMPLETE_VERIFICATION(Side.BODY, Role.ASSESSOR, false, CORRECTIVE_ACTION),
    REVIEW(Side.BODY, Role.REVIEWER, true, INDEPENDENT_REVIEW),
    DECIDE(Side.BODY, Role.DECISION_MAKER, true, DECISION_PENDING),
    RECORD_SURVEILLANCE(Side.BODY, Role.ASSESSOR, false, CERTIFIED, SUSPENDED),
    SUSPEND(Side.BODY, Role.DECISION_MAKER, true, CERTIFIED),
    RESTORE(Side.BODY, Role.DECISION_MAKER, true, SUSPENDED),
    REDUCE_SCOPE(Side.BODY, Role.DECISION_MAKER, true, CERTIFIED, SUSPENDED),
    WITHDRAW(Side.BODY, Role.DECISION_MAKER, true, CERTIFIED, SUSPENDED),
    RENEW(Side.SUPPLIER, Role.SUPPLIER, false, CERTIFIED, EXPIRED),
    APPEAL(Side.SUPPLIER, Role.SUPPLIER, false, new Taker(Side.BODY, Role.DECISION_MAKER, true),
            REFUSED, SUSPENDED, WITHDRAWN, CERTIFIED);

    /** Which party to the application may take the action. */
    public enum Side { SUPPLIER, BODY }

    /** Who may take an action: a party, a role in it, and whether only someone independent of the evaluation. */
    public record Taker(Side side, Role role, boolean independent) {
    }

    private final Taker taker;
    private final Taker upheldBy;
    private final Set<ApplicationStatus> allowedIn;

    ApplicationAction(Side side, Role role, boolean independent, ApplicationStatus first, ApplicationStatus... rest) {
        this(side, role, independent, null, first, rest);
    }

    ApplicationAction(Side side, Role role, boolean independent, Taker upheldBy, ApplicationStatus first,
            ApplicationStatus... rest) {
        this.taker = new Taker(side, role, independent);
        this.upheldBy = upheldBy;
        this.allowedIn = EnumSet.of(first, rest);
    }

    public Taker taker() {
        return taker;
    }

    /** Who upholds the action, in the same states, if another party answers it (only {@link #APPEAL}). */
    public Optional<Taker> upheldBy() {
        return Optional.ofNullable(upheldBy);
    }

    public Side side() {
        return taker.side();
    }

    public Role role() {
        return taker.role();
    }

    /** Whether only someone who took no part in the evaluation may take it (four-eyes). */
    public boolean independent() {
        return taker.independent();
    }

    public boolean allowedIn(ApplicationStatus status) {
        return allowedIn.contains(status);
    }

    /** The name used in URLs and JSON: {@code REVIEW_CRITERION} → {@code review-criterion}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
