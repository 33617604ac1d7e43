package com.greencert.credential.service;

import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.SigningKey;
import com.greencert.credential.domain.StatusBits;
import com.greencert.credential.domain.StatusList;
import com.greencert.credential.domain.StatusPurpose;
import com.greencert.credential.jose.CredentialJose;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies' Bitstring Status Lists: a random free index for each new credential (herd privacy), bits flipped
 * under the list's row lock in the decision's transaction, decoded lists cached per node for at most
 * {@value #TTL_MILLIS} ms (other nodes' changes show within that; this node's own at once), and the published
 * status list credential, signed by the body and re-signed only when the list's generation changed.
 */
@ApplicationScoped
public class StatusLists {

    static final long TTL_MILLIS = 3_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Credentials credentials;

    @Inject
    SigningKeys keys;

    private final Expiring<String, Optional<StatusBits>> decoded = new Expiring<>(TTL_MILLIS, 1_000);
    private final Expiring<String, Signed> published = new Expiring<>(TTL_MILLIS, 1_000);

    private record Signed(long generation, PublishedStatusList list) {
    }

    /** A random index no credential of the body holds yet (the caller holds the body's issuer lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int allocate(TenantId body) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int index = RANDOM.nextInt(StatusBits.SIZE);
            if (!credentials.indexTaken(body, index)) {
                return index;
            }
        }
        throw new IllegalStateException("the status lists of " + body + " are full");
    }

    /** Sets or clears a credential's bit in one of the body's lists, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void set(TenantId body, StatusPurpose purpose, int index, boolean on, Instant at) {
        StatusList list = credentials.lockStatusList(body, purpose);
        list.set(index, on, at);
        String id = StatusList.idOf(body, purpose);
        decoded.forget(id);
        published.forget(id);
    }

    /** Whether a credential's bit is set (cached per node for a few seconds). */
    public boolean isSet(TenantId body, StatusPurpose purpose, int index) {
        return decoded.get(StatusList.idOf(body, purpose), id -> credentials.statusList(body, purpose).map(StatusList::bits))
                .map(bits -> bits.get(index)).orElse(false);
    }

    /** Forgets this node's decoded copies of the body's lists (the next read is the database's). */
    public void forget(TenantId body) {
        for (StatusPurpose p : StatusPurpose.values()) {
            decoded.forget(StatusList.idOf(body, p));
        }
    }

    /** Makes sure both lists of the body exist (so they can be published before the first change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensure(TenantId body, Instant at) {
        for (StatusPurpose p : StatusPurpose.values()) {
            if (credentials.statusList(body, p).isEmpty()) {
                credentials.lockStatusList(body, p);
            }
        }
    }

    /** The body's list as a status list credential (compact JWS signed by the body's newest key in service). */
    public Optional<PublishedStatusList> publish(TenantId body, StatusPurpose purpose) {
        Optional<StatusList> stored = credentials.statusList(body, purpose);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StatusList list = stored.get();
        String id = StatusList.idOf(body, purpose);
        Signed cached = published.get(id, k -> null);
        if (cached != null && cached.generation() == list.generation()) {
            return Optional.of(cached.list());
        }
        List<SigningKey> all = credentials.keysOf(body);
        Optional<SigningKey> key = all.stream().filter(SigningKey::current).reduce((a, b) -> b);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String url = keys.did().statusListUrl(body.value(), purpose);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        vc.put("id", url);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", keys.did().did(body.value()));
        vc.put("validFrom", list.updatedAt().toString());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", list.bits().encode());
        vc.put("credentialSubject", subject);
        Signed signed = new Signed(list.generation(),
                new PublishedStatusList(keys.sign(key.get(), CredentialJose.json(vc)), list.updatedAt()));
        published.forget(id);
        published.get(id, k -> signed);
        return Optional.of(signed.list());
    }
}
