package com.greencert.supplier.persistence;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import com.greencert.supplier.domain.Facilities;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.domain.FacilityId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaFacilities implements Facilities {

    private static final Map<String, String> SORTABLE = Map.of(SORT_NAME, "f.name", SORT_COUNTRY, "f.country");

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Facility> find(FacilityId id) {
        return Optional.ofNullable(em.find(Facility.class, id.toString()));
    }

    @Override
    public Page<Facility> page(PageRequest page) {
        return Pages.read(em.createQuery("select f from Facility f order by " + Pages.orderBy(page, SORTABLE, "f.name, f.id"),
                Facility.class), em.createQuery("select count(f) from Facility f", Long.class), page);
    }

    @Override
    public long count() {
        return em.createQuery("select count(f) from Facility f", Long.class).getSingleResult();
    }

    @Override
    public void add(Facility facility) {
        em.persist(facility);
    }
}
