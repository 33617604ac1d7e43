package com.greencert.criteria.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.credential.service.CredentialChanged;
import com.greencert.criteria.domain.Invitations;
import com.greencert.criteria.domain.SupplierFacts;
import com.greencert.criteria.domain.SupplierFactsSource;
import com.greencert.criteria.domain.WatchAlert;
import com.greencert.criteria.domain.WatchList;
import com.greencert.criteria.domain.WatchedSupplier;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import com.greencert.svhc.domain.SvhcListVersions;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A buyer's watch list (docs/adr/0025): the suppliers it watches, each with what it should know today, derived from
 * the same facts as matching (what an accepting supplier shows the buyer, else the public registry), so an alert
 * appears and goes with the facts and the clock, not with a job. A suspended or revoked credential is also told by
 * mail, at once, to every buyer watching its holder, inside the transaction that suspended it (the outbox).
 */
@ApplicationScoped
@Transactional
public class WatchService {

    /** A watch list is short; this bounds one read of it. */
    static final int MAX = 500;

    @Inject
    WatchList watchList;

    @Inject
    Invitations invitations;

    @Inject
    SupplierFactsSource facts;

    @Inject
    SvhcListVersions svhcLists;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** Watches an active supplier (again: nothing changes). */
    public WatchEntry watch(TenantId supplierId) {
        Caller caller = callers.requireAny(Role.BUYER);
        Tenant supplier = tenants.find(supplierId).filter(t -> t.type() == TenantType.SUPPLIER && !t.isSuspended())
                .orElseThrow(() -> new NotFoundException("supplier", supplierId));
        if (watchList.add(new WatchedSupplier(caller.tenantId(), supplierId, caller.username(), clock.instant()))) {
            audit.record(caller.tenantId(), "watch.added", "supplier", supplierId.value(), supplier.nameEn());
        }
        return entries(List.of(watchList.find(supplierId).orElseThrow())).getFirst();
    }

    /** Stops watching a supplier (404 if it was not watched). */
    public void unwatch(TenantId supplier) {
        Caller caller = callers.requireAny(Role.BUYER);
        WatchedSupplier watched = watchList.find(supplier).orElseThrow(() -> new NotFoundException("watched supplier", supplier));
        watchList.remove(watched);
        audit.record(caller.tenantId(), "watch.removed", "supplier", supplier.value(), "");
    }

    /** Active suppliers whose name or id contains the text (at most {@code limit}), to choose one to watch. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tenant> suppliers(String text, int limit) {
        callers.requireAny(Role.BUYER);
        return tenants.active(TenantType.SUPPLIER, text, limit);
    }

    /** Whether the buyer watches the supplier. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean watches(TenantId supplier) {
        callers.requireAny(Role.BUYER);
        return watchList.find(supplier).isPresent();
    }

    /**
     * A page of the watched suppliers, those with alerts first, then by name, each with today's alerts (the whole
     * list, at most {@value #MAX}, is measured to order it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WatchEntry> watched(PageRequest page) {
        callers.requireAny(Role.BUYER);
        List<WatchEntry> entries = new ArrayList<>(entries(watchList.all(MAX)));
        entries.sort(java.util.Comparator.comparing((WatchEntry e) -> e.alerts().isEmpty())
                .thenComparing(e -> e.supplier().nameEn()));
        return Page.of(entries, page);
    }

    /**
     * Every watched supplier with today's alerts, for the reminder scan acting as the buyer (the system caller of a
     * buyer tenant; anyone else is refused): its expiring certificates and evidence are the buyer's reminders.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WatchEntry> forReminders() {
        Caller caller = callers.require();
        if (!caller.isSystem()
                || tenants.find(caller.tenantId()).map(t -> t.type() != TenantType.BUYER).orElse(true)) {
            throw new com.greencert.shared.domain.AccessDeniedException("caller.role.missing", "system");
        }
        return entries(watchList.all(MAX));
    }

    private List<WatchEntry> entries(List<WatchedSupplier> watched) {
        TenantId buyer = callers.require().tenantId();
        List<TenantId> shown = new ArrayList<>();
        List<TenantId> publicOnly = new ArrayList<>();
        for (WatchedSupplier w : watched) {
            (invitations.accepted(buyer, w.supplier()) ? shown : publicOnly).add(w.supplier());
        }
        Map<TenantId, SupplierFacts> byId = new HashMap<>();
        facts.shared(buyer, shown, svhcLists.current().orElse(null)).forEach(f -> byId.put(f.supplier(), f));
        facts.publicRegistry(publicOnly).forEach(f -> byId.put(f.supplier(), f));
        LocalDate today = LocalDate.now(clock);
        List<WatchEntry> entries = new ArrayList<>(watched.size());
        for (WatchedSupplier w : watched) {
            Tenant supplier = tenants.find(w.supplier()).orElseThrow(() -> new NotFoundException("tenant", w.supplier()));
            entries.add(new WatchEntry(supplier, w.watchedAt(), w.watchedBy(), WatchAlert.of(byId.get(w.supplier()), today)));
        }
        return entries;
    }

    /** Tells every buyer watching the holder that a credential was suspended or revoked (in that transaction). */
    void credentialChanged(@Observes CredentialChanged change) {
        if (!Set.of("credential.suspended", "credential.revoked").contains(change.what())) {
            return;
        }
        List<TenantId> buyers = watchList.buyersWatching(change.supplier());
        if (buyers.isEmpty()) {
            return;
        }
        Tenant supplier = tenants.find(change.supplier()).orElse(null);
        for (TenantId buyer : buyers) {
            Map<String, String> arguments = new LinkedHashMap<>();
            arguments.put("supplier", supplier == null ? change.supplier().value() : supplier.nameEn());
            arguments.put("supplier.zh", supplier == null ? change.supplier().value() : supplier.displayName("zh"));
            arguments.put("path", "/buyer/watch");
            notifier.notify(Recipients.withRole(Role.BUYER, buyer), change.what().equals("credential.suspended")
                    ? "watch.credential.suspended" : "watch.credential.revoked", arguments);
        }
    }
}
