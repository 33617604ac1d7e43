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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a new SVHC candidate list would change before it is imported (issue 11, docs/adr/0025): every product of
 * every supplier screened against the list in force and against the candidate, and those whose verdict changes,
 * with their suppliers and the buyers linked to them. Platform administrators only; writes nothing. After the
 * import, verdicts, match results and watch-list alerts follow by themselves: they are derived on every read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegulationImpactService {

    /** How many products one preview screens at most (the quota of one tenant; a larger platform: a job). */
    public static final int MAX_PRODUCTS = 200_000;

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

    public SvhcImpact svhcImpact(InputStream csv) {
        callers.requireAny(Role.PLATFORM_ADMIN);
        SvhcListVersion candidate = svhc.candidate(csv);
        Optional<SvhcListVersion> current = lists.current();
        List<ProductComposition> products = reach.compositions(MAX_PRODUCTS + 1);
        boolean capped = products.size() > MAX_PRODUCTS;
        List<SvhcImpact.Change> changes = new ArrayList<>();
        Set<TenantId> suppliers = new LinkedHashSet<>();
        for (ProductComposition p : products.subList(0, Math.min(products.size(), MAX_PRODUCTS))) {
            SvhcVerdict before = current.map(l -> SvhcScreening.worst(p.components(), l)).orElse(SvhcVerdict.NOT_ON_LIST);
            SvhcVerdict after = SvhcScreening.worst(p.components(), candidate);
            if (before != after) {
                Tenant supplier = tenant(p.supplier());
                changes.add(new SvhcImpact.Change(supplier, p.name(), before, after));
                suppliers.add(p.supplier());
            }
        }
        changes.sort(Comparator.comparing((SvhcImpact.Change c) -> !c.worse())
                .thenComparing(c -> c.supplier().nameEn()).thenComparing(SvhcImpact.Change::product));
        Set<TenantId> buyers = new LinkedHashSet<>();
        reach.buyersOf(suppliers).values().forEach(buyers::addAll);
        return new SvhcImpact(Math.min(products.size(), MAX_PRODUCTS), capped, changes,
                suppliers.stream().map(this::tenant).toList(), buyers.stream().map(this::tenant).toList());
    }

    private Tenant tenant(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new com.greencert.shared.domain.NotFoundException("tenant", id));
    }
}
