package com.greencert.svhc.persistence;

import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.domain.SvhcListVersionId;
import com.greencert.svhc.domain.SvhcListVersions;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.persistence.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
class JpaSvhcListVersions implements SvhcListVersions {

    private static final String NEWEST_FIRST =
            "select v from SvhcListVersion v order by v.publishedOn desc, v.importedAt desc";

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public Optional<SvhcListVersion> current() {
        return em.createQuery(NEWEST_FIRST, SvhcListVersion.class).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Page<SvhcListVersion> page(PageRequest page) {
        return Pages.read(em.createQuery(NEWEST_FIRST + ", v.id", SvhcListVersion.class),
                em.createQuery("select count(v) from SvhcListVersion v", Long.class), page);
    }

    @Override
    public Optional<SvhcListVersion> find(SvhcListVersionId id) {
        return Optional.ofNullable(em.find(SvhcListVersion.class, id.toString()));
    }

    @Override
    public Optional<SvhcListVersion> findByLabel(String label) {
        return em.createQuery("select v from SvhcListVersion v where v.label = :label", SvhcListVersion.class)
                .setParameter("label", label).getResultStream().findFirst();
    }

    @Override
    public void add(SvhcListVersion version) {
        em.persist(version);
    }
}
