package com.greencert.certification.domain;

import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an actor may take an action on an application now, and if not, why: the wrong party or role
 * (403), the wrong state, or an impartiality rule — the person evaluated this application, or declared a
 * conflict of interest with the supplier (409).
 */
final class ActionRules {

    private ActionRules() {
    }

    static Optional<DomainException> refusal(ApplicationAction action, Actor actor, ApplicationStatus status,
            TenantId supplier, TenantId body, Set<String> evaluators) {
        return refusal(action, action.taker(), actor, status, supplier, body, evaluators);
    }

    /** Whether the actor may take the action as the given taker (the action's own, or who upholds it). */
    static Optional<DomainException> refusal(ApplicationAction action, ApplicationAction.Taker taker, Actor actor,
            ApplicationStatus status, TenantId supplier, TenantId body, Set<String> evaluators) {
        Optional<Blocker.Reason> why = check(action, taker, actor, status, evaluators, supplier, body);
        if (why.isEmpty() && !action.allowedIn(status)) {
            return Optional.of(new RuleViolationException("application.action.state", action.slug(), status.name()));
        }
        return why.map(reason -> switch (reason) {
            case OTHER_PARTY -> new AccessDeniedException("application.action.side", action.slug());
            case OTHER_ROLE -> new AccessDeniedException("application.action.role", action.slug(), taker.role().realmRole());
            case CONFLICT_OF_INTEREST -> new RuleViolationException("application.impartiality.conflict",
                    actor.username(), supplier.value());
            case EVALUATED_IT -> new RuleViolationException("application.impartiality.evaluator", actor.username(),
                    action.slug());
        });
    }

    /**
     * The one place the rules live: why the actor may not take the action now, or empty if they may. Party and role
     * first, then (when the state allows the action) the impartiality rules; a wrong state is {@link #refusal}'s.
     */
    private static Optional<Blocker.Reason> check(ApplicationAction action, ApplicationAction.Taker taker, Actor actor,
            ApplicationStatus status, Set<String> evaluators, TenantId supplier, TenantId body) {
        TenantId side = taker.side() == ApplicationAction.Side.SUPPLIER ? supplier : body;
        if (!actor.tenant().equals(side)) {
            return Optional.of(Blocker.Reason.OTHER_PARTY);
        }
        if (!actor.has(taker.role())) {
            return Optional.of(Blocker.Reason.OTHER_ROLE);
        }
        if (!action.allowedIn(status)) {
            return Optional.empty();
        }
        if (taker.side() == ApplicationAction.Side.BODY && actor.conflicted()) {
            return Optional.of(Blocker.Reason.CONFLICT_OF_INTEREST);
        }
        if (taker.independent() && evaluators.contains(actor.username())) {
            return Optional.of(Blocker.Reason.EVALUATED_IT);
        }
        return Optional.empty();
    }

    /**
     * Why the actor can take none of the actions the status waits for, if so: the reason that bars them from
     * the first such action, preferring the reasons personal to them (a conflict, their part in the evaluation)
     * over a role they lack, and that over the other party's turn. Empty when they may act, or nothing waits.
     */
    static Optional<Blocker> blocker(List<ApplicationAction> waiting, List<ApplicationAction> allowedNow, Actor actor,
            ApplicationStatus status, TenantId supplier, TenantId body, Set<String> evaluators) {
        if (waiting.isEmpty() || waiting.stream().anyMatch(allowedNow::contains)) {
            return Optional.empty();
        }
        return waiting.stream().flatMap(a -> check(a, a.taker(), actor, status, evaluators, supplier, body)
                        .map(reason -> new Blocker(reason, a.role())).stream())
                .min(java.util.Comparator.comparing(Blocker::reason));
    }

    static List<ApplicationAction> allowed(Actor actor, ApplicationStatus status, TenantId supplier, TenantId body,
            Set<String> evaluators) {
        return Arrays.stream(ApplicationAction.values())
                .filter(a -> refusal(a, actor, status, supplier, body, evaluators).isEmpty()).toList();
    }

    static void require(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new RuleViolationException(key, args);
        }
    }
}
