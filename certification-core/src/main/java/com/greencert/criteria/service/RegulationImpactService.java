package com.greencert.criteria.service;

import com.greencert.criteria.domain.ProductComposition;
import com.greencert.criteria.domain.RegulationReach;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.SvhcScreening;
import com.greencert.supplier.domain.SvhcVerdict;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.domain.SvhcListVersions;
import com.greencert.svhc.service.SvhcListService;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.svhc.domain.SvhcListImported;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a new SVHC candidate list would change before it is imported (issue 11, docs/adr/0025): every product of
 * every supplier screened against the list in force and against the candidate, and those whose verdict changes,
 * with their suppliers and the buyers linked to them. Platform administrators only; writes nothing. After the
 * import, verdicts, match results and watch-list alerts follow by themselves: they are derived on every read; the
 * suppliers concerned and their buyers are told by mail ({@link #imported}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegulationImpactService {

    /** How many products one preview screens at most (the quota of one tenant; a larger platform: a job). */
    public static final int MAX_PRODUCTS = 200_000;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RegulationImpactService.class.getName());

    @Inject
    SvhcListService svhc;

    @Inject
    SvhcListVersions lists;

    @Inject
    RegulationReach reach;

    @Inject
    Tenants tenants;

    @Inject
    CallerContext callers;

    @Inject
    Notifier notifier;

    public SvhcImpact svhcImpact(InputStream csv) {
        callers.requireAny(Role.PLATFORM_ADMIN);
        SvhcListVersion candidate = svhc.candidate(csv);
        Optional<SvhcListVersion> current = lists.current();
        List<ProductComposition> products = reach.compositions(MAX_PRODUCTS + 1);
        boolean capped = products.size() > MAX_PRODUCTS;
        List<SvhcImpact.Change> changes = changes(current, candidate, products);
        Set<TenantId> suppliers = new LinkedHashSet<>();
        changes.forEach(c -> suppliers.add(c.supplier().id()));
        changes.sort(Comparator.comparing((SvhcImpact.Change c) -> !c.worse())
                .thenComparing(c -> c.supplier().nameEn()).thenComparing(SvhcImpact.Change::product));
        Set<TenantId> buyers = new LinkedHashSet<>();
        reach.buyersOf(suppliers).values().forEach(buyers::addAll);
        return new SvhcImpact(Math.min(products.size(), MAX_PRODUCTS), capped, changes,
                suppliers.stream().map(this::tenant).toList(), buyers.stream().map(this::tenant).toList());
    }

    /**
     * After an import (inside its transaction): each supplier whose products change verdict is told how many get worse
     * and how many better, and each buyer linked to such suppliers (watching them, or shown their profile) how many of
     * its suppliers are concerned, by mail in the reader's language through the outbox. Their alerts and results
     * follow by themselves.
     */
    void imported(@Observes SvhcListImported imported) {
        List<ProductComposition> products = reach.compositions(MAX_PRODUCTS);
        List<SvhcImpact.Change> changes = changes(imported.before(), imported.now(), products);
        Map<TenantId, int[]> bySupplier = new LinkedHashMap<>();
        for (SvhcImpact.Change c : changes) {
            bySupplier.computeIfAbsent(c.supplier().id(), s -> new int[2])[c.worse() ? 0 : 1]++;
        }
        bySupplier.forEach((supplier, counts) -> notifier.notify(Recipients.withRole(Role.SUPPLIER, supplier),
                "svhc.list.changed.supplier", Map.of("list", imported.now().label(), "worse", String.valueOf(counts[0]),
                        "better", String.valueOf(counts[1]), "path", "/supplier/products")));
        LOG.info(() -> "SVHC list " + imported.now().label() + " (" + imported.now().entryCount() + " entries) in force after "
                + imported.before().map(SvhcListVersion::label).orElse("none") + ": " + changes.size() + " of "
                + products.size() + " products, of " + bySupplier.size() + " suppliers, change verdict");
        Map<TenantId, Integer> byBuyer = new LinkedHashMap<>();
        reach.buyersOf(bySupplier.keySet()).values().forEach(buyers -> buyers.forEach(b -> byBuyer.merge(b, 1, Integer::sum)));
        byBuyer.forEach((buyer, suppliers) -> notifier.notify(Recipients.withRole(Role.BUYER, buyer),
                "svhc.list.changed.buyer", Map.of("list", imported.now().label(), "suppliers", String.valueOf(suppliers),
                        "path", "/buyer/watch")));
    }

    /** The products whose verdict differs between the two lists (none in force before: nothing was on it). */
    private List<SvhcImpact.Change> changes(Optional<SvhcListVersion> from, SvhcListVersion to,
            List<ProductComposition> products) {
        List<SvhcImpact.Change> changes = new ArrayList<>();
        Map<TenantId, Tenant> suppliers = new HashMap<>();
        for (ProductComposition p : products.subList(0, Math.min(products.size(), MAX_PRODUCTS))) {
            SvhcVerdict before = from.map(l -> SvhcScreening.worst(p.components(), l)).orElse(SvhcVerdict.NOT_ON_LIST);
            SvhcVerdict after = SvhcScreening.worst(p.components(), to);
            if (before != after) {
                changes.add(new SvhcImpact.Change(suppliers.computeIfAbsent(p.supplier(), this::tenant), p.name(), before,
                        after));
            }
        }
        return changes;
    }

    private Tenant tenant(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new com.greencert.shared.domain.NotFoundException("tenant", id));
    }
}
