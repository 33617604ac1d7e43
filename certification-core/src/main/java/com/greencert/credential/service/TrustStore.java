package com.greencert.credential.service;

import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.Accreditations;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.credential.jose.PublicKeyVerifier;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.PublicCompanyProfile;
import com.greencert.supplier.domain.PublicProfiles;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What verification trusts, all of it this portal's own (nothing is fetched from another host), cached per node
 * for at most {@value #TTL_MILLIS} ms so the verify path rarely touches the database: the bodies, their keys (and
 * whether they are compromised), accreditations, public supplier records and issued credentials' states. Parsed
 * public keys are kept for good (a key's public half never changes).
 */
@ApplicationScoped
class TrustStore {

    static final long TTL_MILLIS = 3_000;

    @Inject
    Credentials credentials;

    @Inject
    Tenants tenants;

    @Inject
    Accreditations accreditations;

    @Inject
    PublicProfiles profiles;

    private final Expiring<TenantId, Optional<Tenant>> bodies = new Expiring<>(TTL_MILLIS, 10_000);
    private final Expiring<String, Optional<SigningKey>> keys = new Expiring<>(TTL_MILLIS, 10_000);
    private final ConcurrentHashMap<String, PublicKeyVerifier> verifiers = new ConcurrentHashMap<>();
    private final Expiring<TenantId, List<Accreditation>> accredited = new Expiring<>(TTL_MILLIS, 10_000);
    private final Expiring<TenantId, Optional<PublicCompanyProfile>> registry = new Expiring<>(TTL_MILLIS, 10_000);
    private final Expiring<TenantId, Optional<Tenant>> suppliers = new Expiring<>(TTL_MILLIS, 10_000);
    private final Expiring<CredentialId, Optional<IssuedCredential>> issued = new Expiring<>(TTL_MILLIS, 20_000);

    /** A certification body registered here, by its alias (tenant id). */
    Optional<Tenant> body(TenantId id) {
        return bodies.get(id, k -> tenants.find(k).filter(t -> t.type() == TenantType.CERTIFICATION_BODY));
    }

    Optional<SigningKey> key(String keyId) {
        return keys.get(keyId, credentials::key);
    }

    PublicKeyVerifier verifier(SigningKey key) {
        if (verifiers.size() > 10_000) {
            verifiers.clear();
        }
        return verifiers.computeIfAbsent(key.publicJwk(), CredentialJose::verifier);
    }

    List<Accreditation> accreditations(TenantId body) {
        return accredited.get(body, accreditations::ofBody);
    }

    Optional<PublicCompanyProfile> profile(TenantId supplier) {
        return registry.get(supplier, profiles::of);
    }

    Optional<Tenant> supplier(TenantId supplier) {
        return suppliers.get(supplier, k -> tenants.find(k).filter(t -> t.type() == TenantType.SUPPLIER));
    }

    Optional<IssuedCredential> credential(CredentialId id) {
        return issued.get(id, credentials::find);
    }

    /** This node changed a credential or key: forget its copies now (other nodes within the TTL). */
    void forget(CredentialId id) {
        issued.forget(id);
    }

    void forgetKey(String keyId) {
        keys.forget(keyId);
    }

    /** Forgets everything this node holds (tests; an operator's change to accreditations shows at once). */
    void clear() {
        bodies.clear();
        keys.clear();
        accredited.clear();
        registry.clear();
        suppliers.clear();
        issued.clear();
    }
}
