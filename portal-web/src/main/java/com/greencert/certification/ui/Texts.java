package com.greencert.certification.ui;

import com.greencert.certification.domain.ApplicationAction;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.Blocker;
import com.greencert.certification.domain.NextStep;
import com.greencert.certification.domain.Scheme;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The small texts and badges the certification screens share, all from the translation bundles. */
final class Texts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Texts() {
    }

    static String t(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    static String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("—");
    }

    static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String action(ApplicationAction action) {
        return t("application.action." + action.slug());
    }

    static Span status(ApplicationStatus status) {
        Span badge = new Span(t("application.status." + status.name()));
        badge.addClassNames("gc-badge", "gc-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** "Submit the application — due 2026-05-01", or a dash when nothing is pending. */
    static String nextStep(Optional<NextStep> next) {
        return next.map(n -> t(n.what()) + n.due().map(d -> " — " + t("application.due", d.toString())).orElse(""))
                .orElse("—");
    }

    /** Why the reader cannot take the next step, as a small note (from the domain's rules and messages). */
    static Span blocker(Blocker blocker, Locale locale) {
        Span why = new Span(blocker.message(locale));
        why.addClassNames("gc-blocked", "gc-blocked-" + blocker.slug());
        why.getElement().setAttribute("data-blocked", blocker.slug());
        why.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)").set("white-space", "normal")
                .set("max-width", "34em");
        return why;
    }

    static String scheme(Scheme s, Locale locale, String bodyName) {
        String name = "zh".equals(locale.getLanguage()) ? s.nameZh().orElse(s.nameEn()) : s.nameEn();
        return t("scheme.label", name, s.code(), s.versionNo(), bodyName);
    }

    /**
     * Runs a change; tells a refusal in words. A stale version (someone else changed the application since it
     * was loaded, found by the service or by the database) is told as such. Returns whether it worked.
     */
    static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (DomainException e) {
            Notices.refused(e);
            return false;
        } catch (RuntimeException e) {
            if (optimisticLock(e)) {
                Notices.problem(t("application.changed.meanwhile"));
                return false;
            }
            throw e;
        }
    }

    private static boolean optimisticLock(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass().getSimpleName().contains("OptimisticLock")) {
                return true;
            }
        }
        return false;
    }
}
