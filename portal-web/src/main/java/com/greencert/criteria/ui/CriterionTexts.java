package com.greencert.criteria.ui;

import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.Basis;
import com.greencert.criteria.domain.CredentialFact;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.DeclaredValueLimit;
import com.greencert.criteria.domain.EvidenceFact;
import com.greencert.criteria.domain.EvidenceWithin;
import com.greencert.criteria.domain.HazardExclusion;
import com.greencert.criteria.domain.HoldsCredential;
import com.greencert.criteria.domain.Importance;
import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.ManagementSystem;
import com.greencert.criteria.domain.NoSvhcAbove;
import com.greencert.criteria.domain.Outcome;
import com.greencert.criteria.domain.ProductFact;
import com.greencert.criteria.domain.Un383TestSummary;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.shared.domain.DomainMessages;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the criteria screens say things: a criterion, its weight, an outcome, what an answer rests on, a state. */
final class CriterionTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private CriterionTexts() {
    }

    static String t(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    /** A criterion in words; {@code schemes} names a scheme by its id. */
    static String label(Criterion criterion, Function<SchemeId, String> schemes, Locale locale) {
        return switch (criterion) {
            case HoldsCredential c -> t(c.coveringProduct() ? "criterion.credential.covering" : "criterion.credential",
                    schemes.apply(c.scheme()));
            case NoSvhcAbove c -> t(c.products().isEmpty() ? "criterion.svhc" : "criterion.svhc.listed", c.products().size());
            case EvidenceWithin c -> t("criterion.evidence." + c.coverage().name().toLowerCase(Locale.ROOT),
                    t("evidence.type." + c.type().name()), c.maxAgeMonths());
            case Un383TestSummary _ -> t("criterion.un383");
            case ManagementSystem c -> t("criterion.system", named(c.standard(), locale));
            case DeclaredValueLimit c -> t("criterion.value." + c.comparison().name().toLowerCase(Locale.ROOT),
                    named(c.quantity(), locale), c.limit().toPlainString(), c.unit().symbol());
            case HazardExclusion c -> t("criterion.hazard", java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                    c.ghsClasses().stream().map(k -> k.displayName(locale.getLanguage())),
                    c.statements().stream().map(GhsHazardStatement::code)),
                    c.transportClasses().stream().map(k -> t("criterion.hazard.transport", k.code())))
                    .collect(Collectors.joining(", ")));
        };
    }

    /** "Mandatory" or "Weight 30". */
    static String importance(Importance importance) {
        return importance.mandatory() ? t("criterion.mandatory") : t("criterion.weight", importance.weight());
    }

    /** Pass, fail or unknown as a coloured badge. */
    static Span outcome(Outcome outcome) {
        Span badge = new Span(t("match.outcome." + outcome.name().toLowerCase(Locale.ROOT)));
        badge.getElement().getThemeList().add("badge " + switch (outcome) {
            case PASS -> "success";
            case FAIL -> "error";
            case UNKNOWN -> "contrast";
        });
        return badge;
    }

    /** What an answer rests on: the certificate, the file (type, date, start of its SHA-256) or the product. */
    static String basis(Basis basis) {
        return switch (basis) {
            case CredentialFact c -> t("match.basis.credential", c.standing().certificateNumber(),
                    c.standing().validUntil().toString());
            case EvidenceFact e -> t("match.basis.evidence", t("evidence.type." + e.type().name()), e.issuedOn().toString(),
                    e.sha256().substring(0, 12));
            case ProductFact p -> t("match.basis.product", p.name());
        };
    }

    static String state(Invitation.State state) {
        return DomainMessages.format("invitation.state." + state.key(), com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    static String day(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A domain constant in words, from the domain's own bundle (the words match reasons use). */
    private static String named(Enum<?> constant, Locale locale) {
        return DomainMessages.format("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale);
    }
}
