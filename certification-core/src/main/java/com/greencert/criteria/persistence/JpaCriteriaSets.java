package com.greencert.criteria.persistence;

import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaSets;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
class JpaCriteriaSets implements CriteriaSets {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<CriteriaSet> find(CriteriaSetId id) {
        return Optional.ofNullable(em.find(CriteriaSet.class, id.toString()));
    }

    @Override
    public Page<CriteriaSet> page(PageRequest page) {
        return Pages.read(em.createQuery("select s from CriteriaSet s order by s.name, s.id", CriteriaSet.class),
                em.createQuery("select count(s) from CriteriaSet s", Long.class), page);
    }

    @Override
    public void add(CriteriaSet set) {
        em.persist(set);
    }

    @Override
    public void remove(CriteriaSet set) {
        em.remove(set);
    }
}
