package com.greencert.certification.service;

import com.greencert.certification.domain.ApplicationAction;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.Schemes;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Mails whoever must act next when an application changes hands (the body's assessors when it is
 * submitted, the supplier when findings await corrective action, the reviewers, the decision-makers, …),
 * and the supplier when the body decides, suspends or withdraws; appeals go to the body's decision-makers,
 * complaints to its assessors. Queued in the same transaction (the outbox), in each reader's language.
 */
@ApplicationScoped
class CertificationNotifications {

    private static final Set<ApplicationStatus> OUTCOMES = Set.of(ApplicationStatus.CERTIFIED, ApplicationStatus.REFUSED,
            ApplicationStatus.SUSPENDED, ApplicationStatus.WITHDRAWN, ApplicationStatus.RETURNED);

    @Inject
    Notifier notifier;

    @Inject
    Applications applications;

    @Inject
    Schemes schemes;

    @Inject
    Tenants tenants;

    @Inject
    Clock clock;

    void tell(@Observes ApplicationChanged change) {
        if (change.event().equals("complaint.received")) { // told by a third party, who sees the public facts only
            applications.findCertified(change.application()).ifPresent(c -> action(
                    common(c.id(), c.schemeId(), c.supplier()), Role.ASSESSOR, change.body(), "complaint.received", null));
            return;
        }
        CertificationApplication app = applications.find(change.application()).orElse(null);
        if (app == null) {
            return;
        }
        switch (change.event()) {
            case "appeal.lodged" -> action(app, Role.DECISION_MAKER, change.body(), "appeal.lodged", null);
            default -> {
                if (!change.statusChanged()) {
                    return;
                }
                if (OUTCOMES.contains(change.after()) && !change.actorTenant().equals(change.supplier())) {
                    outcome(app, change);
                }
                LocalDate today = LocalDate.now(clock);
                // the supplier's outcome mail already says what comes next for it
                app.nextStep(today).filter(n -> !(n.party() == ApplicationAction.Side.SUPPLIER
                                && OUTCOMES.contains(change.after())))
                        .ifPresent(n -> action(app, n.role(), app.tenantOf(n.party()), n.what(), n.dueOn()));
            }
        }
    }

    private void action(CertificationApplication app, Role role, TenantId tenant, String step, LocalDate due) {
        action(common(app), role, tenant, step, due);
    }

    private void action(Map<String, String> args, Role role, TenantId tenant, String step, LocalDate due) {
        args.put("step", text(step, Locale.ENGLISH));
        args.put("step.zh", text(step, Locale.SIMPLIFIED_CHINESE));
        args.put("due", due == null ? "" : MessageFormat.format(text("due", Locale.ENGLISH), due.toString()));
        args.put("due.zh", due == null ? "" : MessageFormat.format(text("due", Locale.SIMPLIFIED_CHINESE), due.toString()));
        notifier.notify(Recipients.withRole(role, tenant), "certification.action", args);
    }

    private void outcome(CertificationApplication app, ApplicationChanged change) {
        Map<String, String> args = common(app);
        args.put("outcome", text("outcome." + change.after().name(), Locale.ENGLISH));
        args.put("outcome.zh", text("outcome." + change.after().name(), Locale.SIMPLIFIED_CHINESE));
        PartyName body = PartyName.of(app.body(), tenants.find(app.body()));
        args.put("body", body.en());
        args.put("body.zh", body.zh());
        args.put("reason", change.detail() == null ? "" : change.detail());
        notifier.notify(Recipients.withRole(Role.SUPPLIER, app.supplier()), "certification.outcome", args);
    }

    private Map<String, String> common(CertificationApplication app) {
        return common(app.id(), app.schemeId(), app.supplier());
    }

    private Map<String, String> common(ApplicationId id, SchemeId schemeId, TenantId supplierId) {
        Map<String, String> args = new LinkedHashMap<>();
        Scheme scheme = schemes.find(schemeId).orElseThrow();
        args.put("scheme", scheme.nameEn() + " v" + scheme.versionNo());
        args.put("scheme.zh", scheme.nameZh().orElse(scheme.nameEn()) + " v" + scheme.versionNo());
        PartyName supplier = PartyName.of(supplierId, tenants.find(supplierId));
        args.put("supplier", supplier.en());
        args.put("supplier.zh", supplier.zh());
        args.put("path", "/applications/" + id);
        return args;
    }

    private static String text(String key, Locale locale) {
        return ResourceBundle.getBundle("com.greencert.certification.service.steps", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
