package com.greencert.supplier.persistence;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.Compositions;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads compositions in plain SQL, since the tenant filter of the entities would show the body none of the
 * supplier's rows. The supplier's tenant is bound in every query, so no other supplier's row is ever read.
 */
@ApplicationScoped
class SqlCompositions implements Compositions {

    /** Products per query: an application's scope is small, and a bound list stays short. */
    static final int CHUNK = 100;
    static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Map<ProductId, List<Component>> of(TenantId supplier, Collection<ProductId> products) {
        Map<ProductId, List<Component>> all = new LinkedHashMap<>();
        List<ProductId> ids = List.copyOf(products);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream().map(ProductId::toString).toList();
            for (Object id : query("select p.id from product p where p.tenant_id = ? and p.id in (%s)", supplier, chunk)) {
                all.put(ProductId.parse(String.valueOf(id)), new ArrayList<>());
            }
            for (Object row : query("select c.product_id, c.substance_name, c.cas_number, c.ec_number, c.min_percent,"
                    + " c.max_percent from product_component c where c.tenant_id = ? and c.product_id in (%s)"
                    + " order by c.product_id, c.line_no", supplier, chunk)) {
                Object[] r = (Object[]) row;
                List<Component> components = all.get(ProductId.parse(String.valueOf(r[0])));
                if (components != null) {
                    components.add(new Component(String.valueOf(r[1]), CasNumber.of(String.valueOf(r[2])),
                            r[3] == null ? null : EcNumber.of(String.valueOf(r[3])),
                            ConcentrationRange.of(decimal(r[4]), decimal(r[5]))));
                }
            }
        }
        all.replaceAll((id, components) -> List.copyOf(components));
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<Object> query(String sql, TenantId supplier, List<String> products) {
        Query q = em.createNativeQuery(sql.formatted(String.join(",", Collections.nCopies(products.size(), "?"))))
                .setHint(NATIVE, true); // EclipseLink refuses native SQL in a tenant-filtered unit without it
        q.setParameter(1, supplier.value());
        for (int i = 0; i < products.size(); i++) {
            q.setParameter(i + 2, products.get(i));
        }
        return q.getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }
}
