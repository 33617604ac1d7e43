package com.greencert.reminder.service;

import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.Finding;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Schemes;
import com.greencert.evidence.domain.Evidence;
import com.greencert.evidence.domain.Evidences;
import com.greencert.reminder.domain.DueItem;
import com.greencert.reminder.domain.ReminderKind;
import com.greencert.reminder.domain.ReminderThresholds;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import com.greencert.criteria.domain.WatchAlert;
import com.greencert.criteria.service.WatchEntry;
import com.greencert.criteria.service.WatchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * What of a tenant falls due from today to {@link ReminderThresholds#HORIZON_DAYS} days ahead, derived from its
 * records and the day: a supplier's evidence (latest versions) and certificates expiring; a certification body's
 * surveillance visits and findings falling due; a buyer's watched suppliers' certificates, and the evidence they
 * shared with it, expiring. Read as the tenant (its caller must be set); at most
 * {@link #MAX_PER_KIND} of each kind, soonest first.
 */
@ApplicationScoped
@Transactional
public class DueItems {

    static final int MAX_PER_KIND = 500;

    @Inject
    Evidences evidences;

    @Inject
    Applications applications;

    @Inject
    Schemes schemes;

    @Inject
    Tenants tenants;

    @Inject
    WatchService watch;

    /** One page of the tenant directory (read in a transaction of its own, as every read of a scheduled job). */
    public com.greencert.shared.domain.Page<Tenant> tenants(int offset) {
        return tenants.page(com.greencert.shared.domain.PageRequest.of(offset, com.greencert.shared.domain.PageRequest.MAX_LIMIT), null);
    }

    public List<DueItem> of(Tenant tenant, LocalDate today) {
        LocalDate until = today.plusDays(ReminderThresholds.HORIZON_DAYS);
        List<DueItem> due = new ArrayList<>();
        Names names = new Names();
        switch (tenant.type()) {
            case SUPPLIER -> {
                for (Evidence e : evidences.latestExpiringBetween(today, until, MAX_PER_KIND)) {
                    due.add(new DueItem(ReminderKind.EVIDENCE_EXPIRES, e.id().toString(), e.title(), e.title(),
                            e.expiresOn().orElseThrow(), "/supplier/evidence"));
                }
                for (CertificationApplication a : applications.certifiedUntil(tenant.id(), today, until, MAX_PER_KIND)) {
                    Scheme scheme = names.scheme(a.schemeId());
                    due.add(new DueItem(ReminderKind.CERTIFICATE_EXPIRES, a.id().toString(), schemeEn(scheme),
                            schemeZh(scheme), a.certificate().validUntil().orElseThrow(), "/applications/" + a.id()));
                }
            }
            case CERTIFICATION_BODY -> {
                for (CertificationApplication a : applications.inForceGrantedBy(tenant.id(), today, MAX_PER_KIND)) {
                    Optional<LocalDate> surveillance = a.surveillanceDue().filter(d -> !d.isBefore(today) && !d.isAfter(until));
                    surveillance.ifPresent(d -> due.add(item(ReminderKind.SURVEILLANCE_DUE, a.id().toString(), a, null,
                            d, names)));
                }
                for (CertificationApplication a : applications.withFindingsDue(tenant.id(), today, until, MAX_PER_KIND)) {
                    for (Finding f : a.findings()) {
                        if (f.status() != Finding.Status.CLOSED && !f.dueOn().isBefore(today) && !f.dueOn().isAfter(until)) {
                            due.add(item(ReminderKind.FINDING_DUE, f.id().toString(), a, f.criterionCode(), f.dueOn(), names));
                        }
                    }
                }
            }
            case BUYER -> due.addAll(watched(tenant, today, until));
            default -> {
                // the platform has nothing that lapses
            }
        }
        due.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::subjectId));
        return due;
    }

    /**
     * A buyer's watched suppliers: each certificate it may see, and each piece of evidence shared with it, that expires
     * within the horizon. The subject is named for this buyer (two buyers watching one supplier are each reminded).
     */
    private List<DueItem> watched(Tenant buyer, LocalDate today, LocalDate until) {
        List<DueItem> due = new ArrayList<>();
        for (WatchEntry entry : watch.forReminders()) {
            for (WatchAlert alert : entry.alerts()) {
                if (alert.on() == null || alert.on().isBefore(today) || alert.on().isAfter(until)) {
                    continue;
                }
                ReminderKind kind = switch (alert.kind()) {
                    case CREDENTIAL_EXPIRING -> ReminderKind.WATCHED_CERTIFICATE_EXPIRES;
                    case EVIDENCE_EXPIRING -> ReminderKind.WATCHED_EVIDENCE_EXPIRES;
                    default -> null;
                };
                if (kind != null && due.size() < MAX_PER_KIND) {
                    String subject = java.util.UUID.nameUUIDFromBytes((buyer.id() + "|" + entry.supplier().id() + "|"
                            + kind + "|" + alert.subject()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
                    due.add(new DueItem(kind, subject, entry.supplier().nameEn() + " — " + what(kind, alert, Locale.ENGLISH),
                            entry.supplier().displayName("zh") + " — " + what(kind, alert, Locale.SIMPLIFIED_CHINESE),
                            alert.on(), "/buyer/watch"));
                }
            }
        }
        return due;
    }

    /** "certificate SINOECO-…" or "safety data sheet", in the reader's words. */
    private static String what(ReminderKind kind, WatchAlert alert, Locale locale) {
        return kind == ReminderKind.WATCHED_CERTIFICATE_EXPIRES
                ? com.greencert.shared.domain.DomainMessages.format("reminder.watched.certificate", locale, alert.subject())
                : com.greencert.shared.domain.DomainMessages.format("reminder.watched.evidence", locale,
                        com.greencert.evidence.domain.EvidenceType.valueOf(alert.subject()));
    }

    /** An item of a body about a supplier's application: "supplier — scheme" (and the criterion of a finding). */
    private static DueItem item(ReminderKind kind, String subject, CertificationApplication a, String criterion,
            LocalDate dueOn, Names names) {
        Scheme scheme = names.scheme(a.schemeId());
        Optional<Tenant> supplier = names.tenant(a.supplier());
        String suffix = criterion == null ? "" : " — " + criterion;
        String en = supplier.map(Tenant::nameEn).orElse(a.supplier().value()) + " — " + schemeEn(scheme) + suffix;
        String zh = supplier.map(t -> t.displayName("zh")).orElse(a.supplier().value()) + " — " + schemeZh(scheme) + suffix;
        return new DueItem(kind, subject, en, zh, dueOn, "/applications/" + a.id());
    }

    private static String schemeEn(Scheme scheme) {
        return scheme.nameEn() + " v" + scheme.versionNo();
    }

    private static String schemeZh(Scheme scheme) {
        return scheme.nameZh().orElse(scheme.nameEn()) + " v" + scheme.versionNo();
    }

    /** Schemes and tenants read once per listing. */
    private final class Names {
        private final Map<SchemeId, Scheme> schemeById = new HashMap<>();
        private final Map<TenantId, Optional<Tenant>> tenantById = new HashMap<>();

        Scheme scheme(SchemeId id) {
            return schemeById.computeIfAbsent(id, i -> schemes.find(i).orElseThrow());
        }

        Optional<Tenant> tenant(TenantId id) {
            return tenantById.computeIfAbsent(id, tenants::find);
        }
    }
}
