package com.greencert.credential.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.CredentialIssuer;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.domain.StatusList;
import com.greencert.credential.domain.StatusPurpose;
import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The credential store in memory, for pure-logic tests of the services. */
final class InMemoryCredentials implements Credentials {

    final Map<TenantId, CredentialIssuer> issuers = new HashMap<>();
    final List<IssuedCredential> issued = new ArrayList<>();
    final List<SigningKey> keys = new ArrayList<>();
    final Map<String, StatusList> lists = new HashMap<>();

    @Override
    public CredentialIssuer lockIssuer(TenantId body) {
        return issuers.computeIfAbsent(body, CredentialIssuer::new);
    }

    @Override
    public Optional<IssuedCredential> find(CredentialId id) {
        return issued.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private List<IssuedCredential> newestFirst() {
        List<IssuedCredential> all = new ArrayList<>(issued);
        all.sort(Comparator.comparing(IssuedCredential::issuedAt).thenComparing(IssuedCredential::certificateNumber).reversed());
        return all;
    }

    @Override
    public List<IssuedCredential> ofApplication(ApplicationId application) {
        return newestFirst().stream().filter(c -> c.application().equals(application)).toList();
    }

    @Override
    public List<IssuedCredential> ofApplications(Collection<ApplicationId> applications) {
        return newestFirst().stream().filter(c -> applications.contains(c.application())).toList();
    }

    @Override
    public List<com.greencert.credential.domain.CredentialStanding> standingOf(Collection<ApplicationId> applications) {
        return ofApplications(applications).stream().map(c -> new com.greencert.credential.domain.CredentialStanding(
                c.application(), c.certificateNumber(), c.validFrom(), c.validUntil(), c.suspendedAt().orElse(null),
                c.revokedAt().orElse(null), c.supersededAt().orElse(null))).toList();
    }

    @Override
    public List<IssuedCredential> ofSupplier(TenantId supplier) {
        return newestFirst().stream().filter(c -> c.supplier().equals(supplier)).toList();
    }

    @Override
    public List<TenantId> suppliersValidUntil(java.time.LocalDate from, java.time.LocalDate to) {
        return issued.stream().filter(c -> !c.validUntil().isBefore(from) && !c.validUntil().isAfter(to))
                .map(IssuedCredential::supplier).distinct().toList();
    }

    @Override
    public boolean indexTaken(TenantId body, int statusIndex) {
        return issued.stream().anyMatch(c -> c.body().equals(body) && c.statusIndex() == statusIndex);
    }

    @Override
    public void add(IssuedCredential credential) {
        issued.add(credential);
    }

    @Override
    public List<SigningKey> keysOf(TenantId body) {
        return keys.stream().filter(k -> k.body().equals(body)).toList();
    }

    @Override
    public List<SigningKey> keysOfForUpdate(TenantId body) {
        return keysOf(body);
    }

    @Override
    public Optional<SigningKey> key(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    @Override
    public long signedBy(String keyId) {
        return issued.stream().filter(c -> c.keyId().equals(keyId)).count();
    }

    @Override
    public void add(SigningKey key) {
        keys.add(key);
    }

    @Override
    public Optional<StatusList> statusList(TenantId body, StatusPurpose purpose) {
        return Optional.ofNullable(lists.get(StatusList.idOf(body, purpose)));
    }

    @Override
    public StatusList lockStatusList(TenantId body, StatusPurpose purpose) {
        return lists.computeIfAbsent(StatusList.idOf(body, purpose), id -> new StatusList(body, purpose, Instant.EPOCH));
    }
}
