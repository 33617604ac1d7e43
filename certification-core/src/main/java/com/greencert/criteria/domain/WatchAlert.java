package com.greencert.criteria.domain;

import com.greencert.credential.domain.IssuedCredential;
import com.greencert.supplier.domain.SvhcVerdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something a buyer watching a supplier should know, derived from what the buyer may see of it on the day (never
 * stored, so it appears and goes with the facts and the clock): a credential suspended, revoked, expired or expiring
 * within {@value #EXPIRING_DAYS} days; a piece of evidence it was shown expired or expiring; a product it was shown
 * that contains an SVHC above 0.1 % w/w on the list in force.
 *
 * @param subject the certificate number, the evidence's type ({@code EvidenceType} constant), or the product's name
 * @param on the day it happened or will happen (null when not known: an SVHC found by today's list)
 */
public record WatchAlert(Kind kind, String subject, LocalDate on) {

    public static final int EXPIRING_DAYS = 90;

    /** What happened; its words are {@code watch.alert.*} in the bundles. */
    public enum Kind {
        CREDENTIAL_SUSPENDED, CREDENTIAL_REVOKED, CREDENTIAL_EXPIRED, CREDENTIAL_EXPIRING, EVIDENCE_EXPIRED,
        EVIDENCE_EXPIRING, PRODUCT_SVHC_EXCEEDS;

        public String key() {
            return "watch.alert." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    public WatchAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }

    /** The alert in words, in English or Chinese: an evidence type is named in words, never by its constant. */
    public String message(java.util.Locale locale) {
        Object what = kind == Kind.EVIDENCE_EXPIRED || kind == Kind.EVIDENCE_EXPIRING
                ? com.greencert.evidence.domain.EvidenceType.valueOf(subject) : subject;
        return com.greencert.shared.domain.DomainMessages.format(kind.key(), locale, what);
    }

    /** The alerts the facts give on the day, credentials first. Superseded credentials are history, not news. */
    public static List<WatchAlert> of(SupplierFacts facts, LocalDate today) {
        List<WatchAlert> alerts = new ArrayList<>();
        LocalDate soon = today.plusDays(EXPIRING_DAYS);
        for (CredentialFact c : facts.credentials()) {
            var standing = c.standing();
            IssuedCredential.State state = standing.stateOn(today);
            LocalDate since = state.since().map(i -> LocalDate.ofInstant(i, java.time.ZoneOffset.UTC)).orElse(null);
            switch (state.life()) {
                case SUSPENDED -> alerts.add(new WatchAlert(Kind.CREDENTIAL_SUSPENDED, standing.certificateNumber(), since));
                case REVOKED -> alerts.add(new WatchAlert(Kind.CREDENTIAL_REVOKED, standing.certificateNumber(), since));
                case EXPIRED -> alerts.add(new WatchAlert(Kind.CREDENTIAL_EXPIRED, standing.certificateNumber(),
                        standing.validUntil()));
                case VALID -> {
                    if (!standing.validUntil().isAfter(soon)) {
                        alerts.add(new WatchAlert(Kind.CREDENTIAL_EXPIRING, standing.certificateNumber(),
                                standing.validUntil()));
                    }
                }
                default -> {
                    // superseded or not yet valid: nothing to warn of
                }
            }
        }
        for (EvidenceFact e : facts.evidence()) {
            if (e.expiresOn() != null && e.expiresOn().isBefore(today)) {
                alerts.add(new WatchAlert(Kind.EVIDENCE_EXPIRED, e.type().name(), e.expiresOn()));
            } else if (e.expiresOn() != null && !e.expiresOn().isAfter(soon)) {
                alerts.add(new WatchAlert(Kind.EVIDENCE_EXPIRING, e.type().name(), e.expiresOn()));
            }
        }
        for (ProductFact p : facts.products()) {
            if (p.svhc() == SvhcVerdict.EXCEEDS_THRESHOLD) {
                alerts.add(new WatchAlert(Kind.PRODUCT_SVHC_EXCEEDS, p.name(), null));
            }
        }
        return alerts;
    }
}
