package com.greencert.supplier.service;

import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Compositions;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.SvhcScreening;
import com.greencert.supplier.domain.SvhcScreeningResult;
import com.greencert.svhc.domain.SvhcListVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SVHC screening of a supplier's products for the staff of the certification body that evaluates an
 * application covering them. The body sees each product's verdict and the candidate-list substances found in it,
 * against the list in force, as the supplier does; it does not browse the supplier's catalogue. Its caller, the
 * certification feature, asks only for the products in scope of an application made to the reader's body.
 */
@ApplicationScoped
@Transactional
public class CoveredProductScreening {

    @Inject
    Compositions compositions;

    @Inject
    SvhcListVersions svhcLists;

    @Inject
    CallerContext callers;

    /** Each product's screening, absent for one the supplier no longer holds; none at all while no list is in force. */
    public Map<ProductId, SvhcScreeningResult> screen(TenantId supplier, Collection<ProductId> products) {
        callers.requireAny(Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER);
        var list = svhcLists.current();
        if (list.isEmpty() || products.isEmpty()) {
            return Map.of();
        }
        Map<ProductId, SvhcScreeningResult> screened = new LinkedHashMap<>();
        compositions.of(supplier, products).forEach((id, composition) ->
                screened.put(id, SvhcScreening.screen(id, composition, list.get())));
        return screened;
    }
}
