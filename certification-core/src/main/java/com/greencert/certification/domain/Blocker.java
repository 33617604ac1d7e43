package com.greencert.certification.domain;

import com.greencert.shared.caller.Role;
import java.util.Objects;

/**
 * Why someone cannot act on an application that waits for an action of their side: the reason (from the
 * same rules that guard the commands, {@link ActionRules}) and the role the waiting action needs. Queues and
 * the application page show it, so nobody is left with an application they cannot touch and no word why.
 */
public record Blocker(Reason reason, Role role) {

    public enum Reason {
        /** The reader declared a conflict of interest with the supplier (ISO/IEC 17065 4.2). */
        CONFLICT_OF_INTEREST,
        /** The step must be taken by someone who took no part in the evaluation (ISO/IEC 17065 7.5, 7.6). */
        EVALUATED_IT,
        /** The step needs a role the reader does not hold (a reviewer's or decision-maker's). */
        OTHER_ROLE,
        /** The other party must act first (the supplier, or the certification body). */
        OTHER_PARTY
    }

    public Blocker {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(role, "role");
    }

    /** The reason as named in JSON and message keys, e.g. {@code conflict-of-interest}. */
    public String slug() {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The message key of the reason ({@code application.blocked.conflict-of-interest}); its argument is {@link #roleKey()}. */
    public String key() {
        return "application.blocked." + slug();
    }

    /** The message key naming the role the step needs ({@code application.role.decision-maker}). */
    public String roleKey() {
        return "application.role." + role.realmRole();
    }

    /** The reason in words, in a language (from the domain's message bundles, as refusals are). */
    public String message(java.util.Locale locale) {
        return com.greencert.shared.domain.DomainMessages.format(key(), locale,
                com.greencert.shared.domain.DomainMessages.format(roleKey(), locale));
    }
}
