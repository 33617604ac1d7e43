package com.greencert.credential.ui;

import com.greencert.credential.service.CredentialState;
import com.greencert.credential.service.CredentialSummary;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/** The texts and badges the credential screens share, all from the translation bundles. */
final class CredentialTexts {

    private CredentialTexts() {
    }

    static String t(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    /** The translation of the key, or the fallback when the bundles have none (a code added later). */
    static String tOr(String key, String fallback) {
        String text = I18NProvider.translate(key);
        return text == null || text.contains(key) ? fallback : text;
    }

    static String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    /** The day (UTC, as the verifier's own messages say it). */
    static String date(Instant instant) {
        return instant == null ? "—" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    static String date(Optional<Instant> instant) {
        return instant.map(CredentialTexts::date).orElse("—");
    }

    static String validity(CredentialSummary c) {
        return t("credential.validity.range", date(c.validFrom()), date(c.validUntil()));
    }

    static String scheme(CredentialSummary c) {
        return t("credential.scheme.label", c.schemeName(), c.schemeCode(), c.schemeVersion());
    }

    /** "Valid", or "Suspended since 2026-05-01" when the state changed on a known day. */
    static String state(CredentialState state, Optional<Instant> since) {
        String name = t("credential.state." + state.name());
        return since.isPresent() && state != CredentialState.VALID
                ? t("credential.state.since", name, date(since.get())) : name;
    }

    /** The live state as a coloured badge. */
    static Span badge(CredentialSummary c) {
        Span badge = new Span(state(c.state(), c.stateSince()));
        badge.addClassNames("gc-badge", switch (c.state()) {
            case VALID -> "gc-badge-valid";
            case SUSPENDED -> "gc-badge-expiring";
            case REVOKED, EXPIRED -> "gc-badge-expired";
            case SUPERSEDED, NOT_YET_VALID -> "gc-badge-no-expiry";
        });
        badge.addClassName("gc-credential-state");
        return badge;
    }

    /** The short name of a verification check, e.g. "Signature and key". */
    static String check(String code) {
        return tOr("verify.check." + code, t("verify.check.other"));
    }

    /** Why a credential failed, in words. */
    static String reason(String code, String fallback) {
        return tOr("verify.reason." + code, fallback);
    }

    static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The public verify page for a credential issued here (the link its QR code opens). */
    static String verifyLink(CredentialSummary c) {
        return "verify/" + c.id();
    }
}
