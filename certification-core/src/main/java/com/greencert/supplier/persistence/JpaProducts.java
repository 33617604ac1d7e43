package com.greencert.supplier.persistence;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.Products;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaProducts implements Products {

    private static final Map<String, String> SORTABLE = Map.of(SORT_NAME, "p.nameEn", SORT_HS_CODE, "p.hsCode",
            SORT_UN_NUMBER, "p.unNumber");

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(em.find(Product.class, id.toString()));
    }

    @Override
    public Page<Product> page(PageRequest page, String nameContains) {
        boolean filtered = nameContains != null && !nameContains.isBlank();
        String where = filtered ? " where lower(p.nameEn) like :name escape '!' or lower(p.nameZh) like :name escape '!'" : "";
        // the page's compositions in one more query (IN), not one per product
        TypedQuery<Product> rows = em.createQuery("select p from Product p" + where + " order by "
                + Pages.orderBy(page, SORTABLE, "p.nameEn, p.id"), Product.class)
                .setHint("eclipselink.batch", "p.components").setHint("eclipselink.batch.type", "IN");
        TypedQuery<Long> count = em.createQuery("select count(p) from Product p" + where, Long.class);
        if (filtered) {
            String pattern = "%" + nameContains.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            rows.setParameter("name", pattern);
            count.setParameter("name", pattern);
        }
        return Pages.read(rows, count, page);
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
    }

    @Override
    public long countWithComponentAbove(Collection<String> casNumbers, Collection<String> ecNumbers, BigDecimal threshold) {
        if (casNumbers.isEmpty() && ecNumbers.isEmpty()) {
            return 0;
        }
        // an empty IN list is not SQL: a value no column holds stands in for it
        return em.createQuery("select count(distinct c.product.id) from ProductComponent c where (c.casNumber in :cas"
                + " or c.ecNumber in :ec) and c.minPercent > :threshold", Long.class)
                .setParameter("cas", casNumbers.isEmpty() ? List.of("-") : casNumbers)
                .setParameter("ec", ecNumbers.isEmpty() ? List.of("-") : ecNumbers)
                .setParameter("threshold", threshold).getSingleResult();
    }

    @Override
    public void add(Product product) {
        em.persist(product);
    }
}
