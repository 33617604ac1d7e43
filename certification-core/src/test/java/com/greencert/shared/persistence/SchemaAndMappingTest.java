package com.greencert.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.HsCode;
import com.greencert.reference.domain.PackingGroup;
import com.greencert.reference.domain.UnNumber;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.DangerousGoods;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductId;
import com.greencert.svhc.domain.SvhcEntry;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.domain.SvhcListVersionId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations run on H2 and the JPA mappings (with the multitenancy of eclipselink-orm.xml) fit
 * them: EclipseLink outside the container, on the same persistence unit with a local H2 connection.
 * (MariaDB is covered by the integration tests in portal-web.)
 */
class SchemaAndMappingTest {

    private static final String URL = "jdbc:h2:mem:mapping-test;DB_CLOSE_DELAY=-1";
    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrateAndStart() {
        var result = H2Database.migrate(URL);
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        emf = H2Database.open(URL, Map.of());
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    private static void inTenant(String tenant, Consumer<EntityManager> work) {
        EntityManager em = tenant == null ? emf.createEntityManager()
                : emf.createEntityManager(H2Database.asTenant(tenant));
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static Component component(String name, String cas, String min, String max) {
        return new Component(name, CasNumber.of(cas), null, ConcentrationRange.of(min, max));
    }

    @Test
    void a_product_and_its_composition_are_stored_per_tenant() throws Exception {
        ProductId id = ProductId.newId();
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        inTenant("jiangsu-qingyuan", em -> em.persist(new Product(id, "Thinner", "稀释剂", HsCode.of("3814000090"),
                new DangerousGoods(UnNumber.of("UN1993"), null, PackingGroup.II), Set.of(GhsHazardClass.FLAMMABLE_LIQUIDS),
                List.of(GhsHazardStatement.of("H225")),
                List.of(component("Acetone", "67-64-1", "40", "60"), component("Ethanol", "64-17-5", "30.5", "50.25")), now)));

        inTenant("jiangsu-qingyuan", em -> {
            Product p = em.find(Product.class, id.toString());
            assertThat(p.nameZh()).contains("稀释剂");
            assertThat(p.dangerousGoods().orElseThrow().packingGroup()).isEqualTo(PackingGroup.II);
            assertThat(p.hazardStatements()).extracting(GhsHazardStatement::code).containsExactly("H225");
            assertThat(p.composition()).extracting(Component::substanceName).containsExactly("Acetone", "Ethanol");
            assertThat(p.composition().get(1).concentration()).isEqualTo(ConcentrationRange.of("30.5", "50.25"));
            p.replaceComposition(List.of(component("Ethanol", "64-17-5", "95", "100")), now.plusSeconds(1));
        });

        inTenant("jiangsu-qingyuan", em -> {
            Product p = em.find(Product.class, id.toString());
            assertThat(p.composition()).extracting(c -> c.casNumber().value()).containsExactly("64-17-5");
            assertThat(em.createQuery("select p from Product p", Product.class).getResultList()).hasSize(1);
        });
        inTenant("zhejiang-greenpower", em -> {
            assertThat(em.find(Product.class, id.toString())).isNull();
            assertThat(em.createQuery("select p from Product p", Product.class).getResultList()).isEmpty();
        });

        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                ResultSet rs = c.createStatement().executeQuery(
                        "select tenant_id, count(*) from product_component where product_id = '" + id + "' group by tenant_id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("jiangsu-qingyuan");
            assertThat(rs.getInt(2)).isEqualTo(1);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void a_candidate_list_version_is_shared_and_keeps_its_entries_in_order() {
        SvhcListVersionId id = SvhcListVersionId.newId();
        List<SvhcEntry> entries = List.of(
                new SvhcEntry("Lead", List.of(), List.of(CasNumber.of("7439-92-1")), LocalDate.of(2018, 6, 27), "Repr."),
                new SvhcEntry("Boric acid", List.of(), List.of(CasNumber.of("10043-35-3"), CasNumber.of("11113-50-1")),
                        LocalDate.of(2010, 6, 18), null));
        inTenant(null, em -> em.persist(new SvhcListVersion(id, "test-" + id, LocalDate.of(2025, 6, 25),
                Instant.parse("2026-11-28T10:00:00Z"), "ada.admin", "test.csv", entries)));
        inTenant("zhejiang-greenpower", em -> {
            SvhcListVersion v = em.find(SvhcListVersion.class, id.toString());
            assertThat(v.entries()).isEqualTo(entries);
            assertThat(v.entryCount()).isEqualTo(2);
            assertThat(v.findByCas(CasNumber.of("11113-50-1"))).isPresent();
            assertThat(em.createQuery("select v from SvhcListVersion v where v.label = :l", SvhcListVersion.class)
                    .setParameter("l", "test-" + id).getResultList()).hasSize(1);
        });
    }
}
