package com.greencert.supplier.persistence;

import com.greencert.supplier.domain.Products;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaProducts implements Products {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(em.find(Product.class, id.toString()));
    }

    @Override
    public List<Product> all() {
        return em.createQuery("select p from Product p order by p.nameEn", Product.class).getResultList();
    }

    @Override
    public void add(Product product) {
        em.persist(product);
    }
}
