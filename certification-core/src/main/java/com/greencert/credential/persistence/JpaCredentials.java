package com.greencert.credential.persistence;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.CredentialIssuer;
import com.greencert.credential.domain.CredentialStanding;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.domain.StatusList;
import com.greencert.credential.domain.StatusPurpose;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaCredentials implements Credentials {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Inject
    RowCreator creator;

    @Override
    public CredentialIssuer lockIssuer(TenantId body) {
        // Look first without a lock: a locking read of a missing row would hold a gap lock (MariaDB, REPEATABLE
        // READ) that the creating transaction, on another connection, would wait for (as JpaAuditLog.lockHead).
        long rows = em.createQuery("select count(i) from CredentialIssuer i where i.bodyTenantId = :b", Long.class)
                .setParameter("b", body.value()).getSingleResult();
        if (rows == 0) {
            try {
                creator.issuerIfAbsent(body);
            } catch (RuntimeException raced) {
                // another node created it first: lock theirs
            }
        }
        return em.find(CredentialIssuer.class, body.value(), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<IssuedCredential> find(CredentialId id) {
        return Optional.ofNullable(em.find(IssuedCredential.class, id.toString()));
    }

    @Override
    public List<IssuedCredential> ofApplication(ApplicationId application) {
        return em.createQuery("select c from IssuedCredential c where c.applicationId = :a order by c.issuedAt desc, c.certificateNumber desc",
                IssuedCredential.class).setParameter("a", application.toString()).getResultList();
    }

    @Override
    public List<IssuedCredential> ofApplications(Collection<ApplicationId> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from IssuedCredential c where c.applicationId in :a order by c.issuedAt desc, c.certificateNumber desc",
                IssuedCredential.class).setParameter("a", applications.stream().map(ApplicationId::toString).toList())
                .getResultList();
    }

    @Override
    public List<CredentialStanding> standingOf(Collection<ApplicationId> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new com.greencert.credential.domain.CredentialStanding(c.applicationId,"
                + " c.certificateNumber, c.validFrom, c.validUntil, c.suspendedAt, c.revokedAt, c.supersededAt)"
                + " from IssuedCredential c where c.applicationId in :a order by c.issuedAt desc, c.certificateNumber desc",
                CredentialStanding.class).setParameter("a", applications.stream().map(ApplicationId::toString).toList())
                .getResultList();
    }

    @Override
    public List<IssuedCredential> ofSupplier(TenantId supplier) {
        return em.createQuery("select c from IssuedCredential c where c.supplierTenantId = :s order by c.issuedAt desc",
                IssuedCredential.class).setParameter("s", supplier.value()).setMaxResults(500).getResultList();
    }

    @Override
    public List<TenantId> suppliersValidUntil(LocalDate from, LocalDate to) {
        return em.createQuery("select distinct c.supplierTenantId from IssuedCredential c where c.validUntil between :f and :t",
                String.class).setParameter("f", from).setParameter("t", to).getResultList().stream().map(TenantId::of).toList();
    }

    @Override
    public boolean indexTaken(TenantId body, int statusIndex) {
        return !em.createQuery("select c.id from IssuedCredential c where c.bodyTenantId = :b and c.statusIndex = :i", String.class)
                .setParameter("b", body.value()).setParameter("i", statusIndex).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(IssuedCredential credential) {
        em.persist(credential);
    }

    @Override
    public List<SigningKey> keysOf(TenantId body) {
        return em.createQuery("select k from SigningKey k where k.bodyTenantId = :b order by k.createdAt", SigningKey.class)
                .setParameter("b", body.value()).getResultList();
    }

    @Override
    public List<SigningKey> keysOfForUpdate(TenantId body) {
        return em.createQuery("select k from SigningKey k where k.bodyTenantId = :b order by k.createdAt", SigningKey.class)
                .setParameter("b", body.value()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Optional<SigningKey> key(String keyId) {
        return keyId == null ? Optional.empty() : Optional.ofNullable(em.find(SigningKey.class, keyId));
    }

    @Override
    public long signedBy(String keyId) {
        return em.createQuery("select count(c) from IssuedCredential c where c.keyId = :k", Long.class)
                .setParameter("k", keyId).getSingleResult();
    }

    @Override
    public void add(SigningKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public Optional<StatusList> statusList(TenantId body, StatusPurpose purpose) {
        return Optional.ofNullable(em.find(StatusList.class, StatusList.idOf(body, purpose)));
    }

    @Override
    public StatusList lockStatusList(TenantId body, StatusPurpose purpose) {
        String id = StatusList.idOf(body, purpose);
        long rows = em.createQuery("select count(l) from StatusList l where l.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (rows == 0) { // no locking read of a missing row (see lockIssuer)
            try {
                creator.statusListIfAbsent(body, purpose);
            } catch (RuntimeException raced) {
                // another node created it first: lock theirs
            }
        }
        return em.find(StatusList.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
