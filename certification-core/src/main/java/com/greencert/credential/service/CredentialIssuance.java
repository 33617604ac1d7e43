package com.greencert.credential.service;

import com.greencert.audit.service.AuditTrail;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.Schemes;
import com.greencert.certification.service.ApplicationChanged;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.Credentials;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.credential.domain.StatusPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps an application's credentials in line with its certification, inside the transaction of the decision
 * (a rolled-back decision issues and flips nothing): granted, restored after a withdrawal, reduced or restored in
 * scope, renewed → a new credential (the one before superseded and revoked); suspended → suspension bit on;
 * restored → off; withdrawn → revocation bit on. Idempotent: it compares what is with what should be. Each
 * change fires {@link CredentialChanged} (the public registry shows certificate numbers and live states).
 */
@ApplicationScoped
class CredentialIssuance {

    private static final Set<ApplicationStatus> CERTIFICATION = Set.of(ApplicationStatus.CERTIFIED,
            ApplicationStatus.SUSPENDED, ApplicationStatus.WITHDRAWN);

    @Inject
    Applications applications;

    @Inject
    Schemes schemes;

    @Inject
    Credentials credentials;

    @Inject
    CredentialFactory issuer;

    @Inject
    StatusLists statusLists;

    @Inject
    AuditTrail trail;

    @Inject
    TrustStore trust;

    @Inject
    Event<CredentialChanged> changed;

    @Inject
    Clock clock;

    void on(@Observes(during = TransactionPhase.IN_PROGRESS) ApplicationChanged change) {
        if (!change.openToBody() || !CERTIFICATION.contains(change.after()) && !CERTIFICATION.contains(change.before())) {
            return;
        }
        applications.find(change.application()).ifPresent(this::reconcile);
    }

    /** Brings the application's credentials in line with its certification's stored state. */
    void reconcile(CertificationApplication app) {
        List<IssuedCredential> issued = credentials.ofApplication(app.id());
        Optional<IssuedCredential> newest = issued.stream().findFirst();
        if (newest.isPresent() && newest.get().supersededBy().flatMap(credentials::find)
                .filter(next -> !next.application().equals(app.id())).isPresent()) {
            return; // renewed: the next cycle's credential took over
        }
        Instant now = clock.instant();
        Optional<IssuedCredential> current = newest.filter(c -> c.supersededAt().isEmpty());
        switch (app.storedStatus()) {
            case CERTIFIED -> {
                if (!app.certificate().issued()) {
                    return;
                }
                Scheme scheme = schemes.find(app.schemeId()).orElseThrow();
                String scopeKey = issuer.scopeKey(app);
                if (current.isEmpty() || current.get().revokedAt().isPresent() || !current.get().scopeKey().equals(scopeKey)) {
                    IssuedCredential fresh = issuer.issue(app, scheme, scopeKey);
                    changed.fire(new CredentialChanged(fresh.supplier(), "credential.issued"));
                    current.ifPresent(old -> supersede(old, fresh.id(), now));
                    app.renewalOf().ifPresent(previous -> credentials.ofApplication(previous).stream()
                            .filter(c -> c.supersededAt().isEmpty()).forEach(old -> supersede(old, fresh.id(), now)));
                } else if (current.get().suspendedAt().isPresent()) {
                    IssuedCredential c = current.get();
                    c.restore();
                    statusLists.set(c.body(), StatusPurpose.SUSPENSION, c.statusIndex(), false, now);
                    record(c, "credential.restored", "suspension bit cleared");
                }
            }
            case SUSPENDED -> current.filter(c -> c.suspend(now)).ifPresent(c -> {
                statusLists.set(c.body(), StatusPurpose.SUSPENSION, c.statusIndex(), true, now);
                record(c, "credential.suspended", "suspension bit set");
            });
            case WITHDRAWN -> current.filter(c -> c.revoke(now)).ifPresent(c -> {
                statusLists.set(c.body(), StatusPurpose.REVOCATION, c.statusIndex(), true, now);
                record(c, "credential.revoked", "revocation bit set");
            });
            default -> {
                // nothing issued for other states
            }
        }
    }

    private void supersede(IssuedCredential old, CredentialId by, Instant now) {
        boolean wasRevoked = old.revokedAt().isPresent();
        if (old.supersede(by, now)) {
            if (!wasRevoked) {
                statusLists.set(old.body(), StatusPurpose.REVOCATION, old.statusIndex(), true, now);
            }
            record(old, "credential.superseded", "superseded by " + by + "; revocation bit set");
        }
    }

    private void record(IssuedCredential c, String action, String detail) {
        trust.forget(c.id());
        changed.fire(new CredentialChanged(c.supplier(), action));
        trail.record(c.body(), action, "credential", c.id().toString(), c.certificateNumber() + ": " + detail);
    }
}
