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
        TenantId side = taker.side() == ApplicationAction.Side.SUPPLIER ? supplier : body;
        if (!actor.tenant().equals(side)) {
            return Optional.of(new AccessDeniedException("application.action.side", action.slug()));
        }
        if (!actor.has(taker.role())) {
            return Optional.of(new AccessDeniedException("application.action.role", action.slug(),
                    taker.role().realmRole()));
        }
        if (!action.allowedIn(status)) {
            return Optional.of(new RuleViolationException("application.action.state", action.slug(), status.name()));
        }
        if (taker.side() == ApplicationAction.Side.BODY && actor.conflicted()) {
            return Optional.of(new RuleViolationException("application.impartiality.conflict", actor.username(),
                    supplier.value()));
        }
        if (taker.independent() && evaluators.contains(actor.username())) {
            return Optional.of(new RuleViolationException("application.impartiality.evaluator", actor.username(),
                    action.slug()));
        }
        return Optional.empty();
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
