package com.greencert.supplier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.H2Database;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ProductId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compositions a certification body reads of the products an application covers, in plain SQL on the migrated
 * schema (H2): the named supplier's components in their declared order, an empty list for a product without any,
 * nothing for a product the supplier no longer holds, and never another supplier's product even when named.
 */
class SqlCompositionsTest {

    private static final String URL = "jdbc:h2:mem:compositions;DB_CLOSE_DELAY=-1";
    private static final TenantId LI = TenantId.of("jiangsu-greenchem");
    private static final TenantId WANG = TenantId.of("shenzhen-cells");
    private static final ProductId CABLE = ProductId.newId();
    private static final ProductId PLAIN = ProductId.newId();
    private static final ProductId WANGS = ProductId.newId();
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "compositions-test");
        inTransaction(em -> {
            product(em, LI, CABLE, "PVC cable");
            component(em, LI, CABLE, 1, "Polyvinyl chloride", "9002-86-2", "97.0", "99.0");
            component(em, LI, CABLE, 2, "Bis(2-ethylhexyl) phthalate", "117-81-7", "0.5", "1.5");
            product(em, LI, PLAIN, "Steel bracket");
            product(em, WANG, WANGS, "Wang's secret cell");
            component(em, WANG, WANGS, 1, "Lead", "7439-92-1", "1.0", "2.0");
            return null;
        });
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void the_named_suppliers_components_in_order_and_an_empty_list_for_a_product_without_any() {
        Map<ProductId, List<Component>> read = inTransaction(em -> reader(em).of(LI, List.of(CABLE, PLAIN)));

        assertThat(read.get(CABLE)).extracting(c -> c.casNumber().value()).containsExactly("9002-86-2", "117-81-7");
        assertThat(read.get(CABLE).get(1).concentration().maximum()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(read.get(PLAIN)).isEmpty();
    }

    @Test
    void another_suppliers_product_and_a_product_no_longer_held_are_absent() {
        ProductId deleted = ProductId.newId();

        Map<ProductId, List<Component>> read = inTransaction(em -> reader(em).of(LI, List.of(WANGS, deleted, CABLE)));

        assertThat(read).containsOnlyKeys(CABLE);
    }

    @Test
    void more_products_than_one_query_takes_are_read_in_chunks() {
        List<ProductId> many = new ArrayList<>();
        for (int i = 0; i < SqlCompositions.CHUNK + 5; i++) {
            many.add(ProductId.newId());
        }
        many.add(CABLE);

        Map<ProductId, List<Component>> read = inTransaction(em -> reader(em).of(LI, many));

        assertThat(read).containsOnlyKeys(CABLE);
    }

    private static SqlCompositions reader(EntityManager em) {
        SqlCompositions reader = new SqlCompositions();
        reader.em = em;
        return reader;
    }

    private static void product(EntityManager em, TenantId tenant, ProductId id, String name) {
        em.createNativeQuery("insert into product (id, tenant_id, name_en, hs_code, created_at, updated_at, version)"
                        + " values (?, ?, ?, '854449', current_timestamp, current_timestamp, 0)")
                .setParameter(1, id.toString()).setParameter(2, tenant.value()).setParameter(3, name)
                .setHint(SqlCompositions.NATIVE, true).executeUpdate();
    }

    private static void component(EntityManager em, TenantId tenant, ProductId product, int line, String name, String cas,
            String min, String max) {
        em.createNativeQuery("insert into product_component (id, tenant_id, product_id, line_no, substance_name, cas_number,"
                        + " min_percent, max_percent) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, java.util.UUID.randomUUID().toString()).setParameter(2, tenant.value())
                .setParameter(3, product.toString()).setParameter(4, line).setParameter(5, name).setParameter(6, cas)
                .setParameter(7, new BigDecimal(min)).setParameter(8, new BigDecimal(max))
                .setHint(SqlCompositions.NATIVE, true).executeUpdate();
    }

    /** As the body's tenant: the tenant filter of the entities would show it none of these rows. */
    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return H2Database.inTransaction(emf, "cqc-certification", work);
    }
}
