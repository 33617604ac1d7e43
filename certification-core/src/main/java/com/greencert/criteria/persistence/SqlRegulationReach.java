package com.greencert.criteria.persistence;

import static com.greencert.criteria.persistence.SqlValues.decimal;
import static com.greencert.criteria.persistence.SqlValues.text;

import com.greencert.criteria.domain.ProductComposition;
import com.greencert.criteria.domain.RegulationReach;
import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain SQL across tenants, like {@link SqlSupplierFacts} (docs/adr/0024), for the regulation-change impact that
 * only platform administrators ask for: products with their composition in pages by id, and the buyers linked to
 * suppliers (watching them, or shown their profile by an accepted invitation).
 */
@ApplicationScoped
class SqlRegulationReach implements RegulationReach {

    private static final int PAGE = 2_000;

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<ProductComposition> compositions(int max) {
        List<ProductComposition> all = new ArrayList<>();
        String after = "";
        while (all.size() < max) {
            List<Object[]> products = em.createNativeQuery("select p.id, p.tenant_id, p.name_en from product p"
                            + " where p.id > ? order by p.id").setHint(SqlSupplierFacts.NATIVE, true)
                    .setParameter(1, after).setMaxResults(Math.min(PAGE, max - all.size())).getResultList();
            if (products.isEmpty()) {
                break;
            }
            after = text(products.getLast()[0]);
            Map<String, List<Component>> components = new HashMap<>();
            String first = text(products.getFirst()[0]);
            for (Object[] c : (List<Object[]>) em.createNativeQuery("select c.product_id, c.substance_name, c.cas_number,"
                            + " c.ec_number, c.min_percent, c.max_percent from product_component c"
                            + " where c.product_id >= ? and c.product_id <= ?").setHint(SqlSupplierFacts.NATIVE, true)
                    .setParameter(1, first).setParameter(2, after).getResultList()) {
                components.computeIfAbsent(text(c[0]), k -> new ArrayList<>()).add(new Component(
                        c[1].toString(), CasNumber.of(text(c[2])),
                        c[3] == null ? null : EcNumber.of(text(c[3])),
                        ConcentrationRange.of(decimal(c[4]), decimal(c[5]))));
            }
            for (Object[] p : products) {
                String id = text(p[0]);
                all.add(new ProductComposition(TenantId.of(text(p[1])), ProductId.parse(id), p[2].toString(),
                        components.getOrDefault(id, List.of())));
            }
        }
        return all;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<TenantId, Set<TenantId>> buyersOf(Collection<TenantId> suppliers) {
        Map<TenantId, Set<TenantId>> buyers = new LinkedHashMap<>();
        List<String> ids = suppliers.stream().map(TenantId::value).distinct().toList();
        for (int i = 0; i < ids.size(); i += SqlSupplierFacts.CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + SqlSupplierFacts.CHUNK));
            String in = SqlSupplierFacts.literals(chunk); // checked tenant ids, not 1,000 bound parameters
            var q = em.createNativeQuery("select w.supplier_tenant_id, w.tenant_id from watched_supplier w"
                    + " where w.supplier_tenant_id in (" + in + ") union select i.supplier_tenant_id, i.buyer_tenant_id"
                    + " from invitation i where i.answer = 'ACCEPTED' and i.supplier_tenant_id in (" + in + ")")
                    .setHint(SqlSupplierFacts.NATIVE, true);
            for (Object[] r : (List<Object[]>) q.getResultList()) {
                buyers.computeIfAbsent(TenantId.of(text(r[0])), k -> new HashSet<>())
                        .add(TenantId.of(text(r[1])));
            }
        }
        return buyers;
    }
}
