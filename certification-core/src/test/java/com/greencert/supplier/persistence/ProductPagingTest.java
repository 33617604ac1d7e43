package com.greencert.supplier.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.HsCode;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.H2Database;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.Products;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Products page in the database on H2: pages in a total order never overlap and together give every row,
 * whatever sort key; the name filter and the SVHC count are queries, and each tenant sees only its own.
 */
class ProductPagingTest {

    private static final String URL = "jdbc:h2:mem:product-paging;DB_CLOSE_DELAY=-1";
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "product-paging-test");
        inTenant("paging-a", p -> {
            for (int i = 0; i < 23; i++) {
                // names repeat, so the id must break the ties
                p.add(product("Cell " + (i % 5), i % 3 == 0 ? "117-81-7" : "7732-18-5", i % 2 == 0 ? "0.5" : "0.05"));
            }
        });
        inTenant("paging-b", p -> p.add(product("Cell 1", "117-81-7", "5")));
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    private static Product product(String name, String cas, String minPercent) {
        return new Product(ProductId.newId(), name, "电池 " + name, HsCode.of("850760"), null, Set.of(), List.of(),
                List.of(new Component("Substance", CasNumber.of(cas), null,
                        ConcentrationRange.of(minPercent, "10"))), Instant.parse("2026-11-28T10:00:00Z"));
    }

    private static void inTenant(String tenant, Consumer<Products> work) {
        EntityManager em = emf.createEntityManager(Map.of("eclipselink.tenant-id", tenant));
        try {
            em.getTransaction().begin();
            JpaProducts products = new JpaProducts();
            products.em = em;
            work.accept(products);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    @Test
    void pages_do_not_overlap_and_together_give_every_row_in_any_order() {
        for (PageRequest first : List.of(PageRequest.of(0, 4), PageRequest.of(0, 4).sortedBy(Products.SORT_NAME, true),
                PageRequest.of(0, 4).sortedBy(Products.SORT_HS_CODE, false))) {
            List<String> seen = new ArrayList<>();
            inTenant("paging-a", p -> {
                for (int offset = 0; ; offset += 4) {
                    Page<Product> page = p.page(new PageRequest(offset, 4, first.sort()), null);
                    assertThat(page.total()).isEqualTo(23);
                    page.items().forEach(x -> seen.add(x.id().toString()));
                    if (!page.hasNext()) {
                        break;
                    }
                }
            });
            assertThat(seen).hasSize(23);
            assertThat(new HashSet<>(seen)).hasSize(23);
        }
        inTenant("paging-a", p -> {
            assertThat(p.page(PageRequest.of(0, 50), null).items()).extracting(Product::nameEn).isSorted();
            assertThat(p.page(PageRequest.of(100, 5), null).items()).isEmpty();
            assertThat(p.count()).isEqualTo(23);
        });
        inTenant("paging-b", p -> assertThat(p.page(PageRequest.of(0, 50), null).total()).isEqualTo(1));
    }

    @Test
    void an_unknown_sort_key_is_refused() {
        inTenant("paging-a", p -> assertThatThrownBy(() -> p.page(PageRequest.first().sortedBy("nameEn; drop", false), null))
                .isInstanceOf(InvalidInputException.class));
    }

    @Test
    void the_name_filter_matches_english_or_chinese_in_any_case_and_takes_wildcards_literally() {
        inTenant("paging-a", p -> {
            assertThat(p.page(PageRequest.first(), "cell 3").total()).isEqualTo(4);
            assertThat(p.page(PageRequest.first(), "电池 CELL 4").total()).isEqualTo(4);
            assertThat(p.page(PageRequest.first(), "%").total()).isZero();
            assertThat(p.page(PageRequest.first(), " ").total()).isEqualTo(23);
        });
    }

    @Test
    void products_with_an_svhc_certainly_above_the_threshold_are_counted_in_the_database() {
        // DEHP (117-81-7) at 0.5 % minimum: i % 3 == 0 and i % 2 == 0, i.e. i in 0, 6, 12, 18
        inTenant("paging-a", p -> {
            assertThat(p.countWithComponentAbove(List.of("117-81-7"), List.of(), new BigDecimal("0.1"))).isEqualTo(4);
            assertThat(p.countWithComponentAbove(List.of(), List.of("204-211-0"), new BigDecimal("0.1"))).isZero();
            assertThat(p.countWithComponentAbove(List.of(), List.of(), new BigDecimal("0.1"))).isZero();
        });
        inTenant("paging-b", p -> assertThat(p.countWithComponentAbove(List.of("117-81-7"), List.of(),
                new BigDecimal("0.1"))).isEqualTo(1));
    }
}
