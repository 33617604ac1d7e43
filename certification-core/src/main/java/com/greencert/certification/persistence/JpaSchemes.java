package com.greencert.certification.persistence;

import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.SchemeState;
import com.greencert.certification.domain.Schemes;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.persistence.Pages;
import com.greencert.shared.persistence.UniqueConstraints;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

@ApplicationScoped
class JpaSchemes implements Schemes {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public void add(Scheme scheme) {
        try {
            em.persist(scheme);
            em.flush(); // two identical creates or next versions at once: the second fails here, as a 409
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "uq_scheme_version")) {
                throw new RuleViolationException("scheme.version.taken", scheme.code(), scheme.versionNo());
            }
            throw e;
        }
    }

    @Override
    public Optional<Scheme> find(SchemeId id) {
        return Optional.ofNullable(em.find(Scheme.class, id.toString()));
    }

    @Override
    public Page<Scheme> ofBody(TenantId body, PageRequest page) {
        return Pages.read(em.createQuery("select s from Scheme s where s.bodyTenantId = :body order by s.code, s.versionNo, s.id",
                        Scheme.class).setParameter("body", body.value()),
                em.createQuery("select count(s) from Scheme s where s.bodyTenantId = :body", Long.class)
                        .setParameter("body", body.value()), page);
    }

    @Override
    public Page<Scheme> all(PageRequest page) {
        return Pages.read(em.createQuery("select s from Scheme s order by s.bodyTenantId, s.code, s.versionNo, s.id", Scheme.class),
                em.createQuery("select count(s) from Scheme s", Long.class), page);
    }

    @Override
    public Page<Scheme> published(PageRequest page) {
        return Pages.read(em.createQuery("select s from Scheme s where s.state = :published"
                                + " order by s.bodyTenantId, s.code, s.versionNo, s.id", Scheme.class)
                        .setParameter("published", SchemeState.PUBLISHED),
                em.createQuery("select count(s) from Scheme s where s.state = :published", Long.class)
                        .setParameter("published", SchemeState.PUBLISHED), page);
    }

    @Override
    public Optional<Scheme> latest(TenantId body, String code) {
        return em.createQuery("select s from Scheme s where s.bodyTenantId = :body and s.code = :code"
                + " order by s.versionNo desc", Scheme.class).setParameter("body", body.value())
                .setParameter("code", code).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Scheme> latestPublished(TenantId body, String code) {
        return em.createQuery("select s from Scheme s where s.bodyTenantId = :body and s.code = :code"
                + " and s.state = :published order by s.versionNo desc", Scheme.class).setParameter("body", body.value())
                .setParameter("code", code).setParameter("published", SchemeState.PUBLISHED).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
