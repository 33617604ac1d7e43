package com.greencert.credential.domain;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.shared.domain.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Issued credentials, signing keys, status lists and issuers of every body. Shared on purpose (eclipselink-orm.xml):
 * anyone verifies a credential against its issuer's keys and lists; callers check who may see what.
 */
public interface Credentials {

    /** The body's issuer row, created if absent and locked until the transaction ends. */
    CredentialIssuer lockIssuer(TenantId body);

    Optional<IssuedCredential> find(CredentialId id);

    /** Newest first. */
    List<IssuedCredential> ofApplication(ApplicationId application);

    /** Newest first. */
    List<IssuedCredential> ofApplications(Collection<ApplicationId> applications);

    /** Where the credentials of these applications stand, newest first (without the signed documents). */
    List<CredentialStanding> standingOf(Collection<ApplicationId> applications);

    /** Newest first. */
    List<IssuedCredential> ofSupplier(TenantId supplier);

    /** The suppliers holding a credential whose validity ends on a day from {@code from} to {@code to} (both included). */
    List<TenantId> suppliersValidUntil(java.time.LocalDate from, java.time.LocalDate to);

    boolean indexTaken(TenantId body, int statusIndex);

    void add(IssuedCredential credential);

    /** Oldest first. */
    List<SigningKey> keysOf(TenantId body);

    /**
     * The same, read with a lock, for a caller that holds the body's issuer lock ({@link #lockIssuer}) and changes
     * keys: a plain read would see the transaction's older snapshot (MariaDB's REPEATABLE READ), not the key another
     * request made while this one waited for the lock.
     */
    List<SigningKey> keysOfForUpdate(TenantId body);

    Optional<SigningKey> key(String keyId);

    long signedBy(String keyId);

    void add(SigningKey key);

    Optional<StatusList> statusList(TenantId body, StatusPurpose purpose);

    /** The list, locked until the transaction ends (created if absent). */
    StatusList lockStatusList(TenantId body, StatusPurpose purpose);
}
