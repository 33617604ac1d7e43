package com.greencert.supplier.persistence;

import com.greencert.supplier.domain.Facilities;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.domain.FacilityId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaFacilities implements Facilities {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<Facility> find(FacilityId id) {
        return Optional.ofNullable(em.find(Facility.class, id.toString()));
    }

    @Override
    public List<Facility> all() {
        return em.createQuery("select f from Facility f order by f.name", Facility.class).getResultList();
    }

    @Override
    public void add(Facility facility) {
        em.persist(facility);
    }
}
