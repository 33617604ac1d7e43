package com.greencert.credential.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.SigningKey;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A certification body's signing keys, for its administrator: list, rotate (new credentials use the new key;
 * credentials signed with an old one keep verifying), mark compromised (the credentials it signed then fail
 * with {@code key-compromised}; if it was the current key, a new one takes over at once). Callers of other
 * tenants or without the admin role get {@code AccessDeniedException}.
 */
@ApplicationScoped
@Transactional
public class SigningKeyService {

    @Inject
    Credentials credentials;

    @Inject
    SigningKeys keys;

    @Inject
    TrustStore trust;

    @Inject
    Tenants tenants;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    public List<SigningKeyView> keys() {
        TenantId body = admin();
        return credentials.keysOf(body).reversed().stream().map(this::view).toList();
    }

    public SigningKeyView rotate() {
        TenantId body = admin();
        credentials.lockIssuer(body);
        SigningKey key = keys.rotate(body);
        trail.record(body, "credential.key.rotated", "signing-key", key.keyId(), "new current key " + key.keyId());
        credentials.keysOf(body).forEach(k -> trust.forgetKey(k.keyId()));
        return view(key);
    }

    /** {@code keyId} is the DID URL as listed; the reason is required (at most 2,000 characters). */
    public SigningKeyView markCompromised(String keyId, String reason) {
        TenantId body = admin();
        String id = Text.required("keyId", keyId, 300);
        String why = Text.required("reason", reason, 2000);
        credentials.lockIssuer(body);
        SigningKey key = credentials.keysOfForUpdate(body).stream().filter(k -> k.keyId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("signing-key", id));
        boolean wasCurrent = key.current();
        key.markCompromised(why, clock.instant());
        trail.record(body, "credential.key.compromised", "signing-key", key.keyId(), why);
        trust.forgetKey(key.keyId());
        if (wasCurrent) {
            keys.current(body);
        }
        return view(key);
    }

    private SigningKeyView view(SigningKey k) {
        return new SigningKeyView(k.keyId(), k.algorithm(), k.createdAt(), k.retiredAt(), k.compromisedAt(),
                k.compromiseReason(), k.current(), credentials.signedBy(k.keyId()));
    }

    private TenantId admin() {
        Caller caller = callers.requireAny(Role.TENANT_ADMIN);
        boolean body = tenants.find(caller.tenantId()).map(t -> t.type() == TenantType.CERTIFICATION_BODY).orElse(false);
        if (!body) {
            throw new AccessDeniedException("caller.role.missing", "certification body administrator");
        }
        return caller.tenantId();
    }
}
