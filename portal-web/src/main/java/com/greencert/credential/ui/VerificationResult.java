package com.greencert.credential.ui;

import static com.greencert.credential.ui.CredentialTexts.t;

import com.greencert.credential.service.CredentialSummary;
import com.greencert.credential.service.VerificationCheck;
import com.greencert.credential.service.VerificationReport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.Optional;

/**
 * A verification's answer as a reader sees it: a verdict banner (valid, or why not, with the date of a
 * suspension or revocation), every check with its own result, then the credential's public facts and a link
 * to the holder's public page.
 */
class VerificationResult extends VerticalLayout {

    VerificationResult(VerificationReport report) {
        setId("verify-result");
        setPadding(false);
        add(banner(report), new H3(t("verify.checks")), checks(report));
        report.credential().ifPresent(c -> add(new H3(t("verify.facts")), facts(c, report)));
    }

    private static Div banner(VerificationReport report) {
        Div banner = new Div();
        banner.setId("verify-verdict");
        banner.addClassNames("gc-verdict", report.valid() ? "gc-verdict-valid" : "gc-verdict-invalid");
        Icon icon = (report.valid() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
        icon.addClassName("gc-verdict-icon");
        Span title = new Span(report.valid() ? t("verify.verdict.valid") : t("verify.verdict.invalid"));
        title.addClassName("gc-verdict-title");
        banner.add(icon, title);
        if (!report.valid()) {
            Span why = new Span(why(report));
            why.setId("verify-reason");
            why.addClassName("gc-verdict-reason");
            banner.add(why);
        }
        return banner;
    }

    /** "Suspended since 2026-05-01", "The signature does not match", … (the service's summary for an unknown reason). */
    private static String why(VerificationReport report) {
        String reason = report.reason().orElse("");
        Optional<Instant> since = report.checks().stream()
                .filter(c -> c.outcome() == VerificationCheck.Outcome.FAILED && c.reason().orElse("").equals(reason))
                .map(VerificationCheck::since).flatMap(Optional::stream).findFirst()
                .or(() -> report.credential().flatMap(CredentialSummary::stateSince));
        if (since.isPresent() && (reason.equals("suspended") || reason.equals("revoked") || reason.equals("superseded"))) {
            return t("verify.reason." + reason + ".since", CredentialTexts.date(since.get()));
        }
        return CredentialTexts.reason(reason, report.summary());
    }

    private static UnorderedList checks(VerificationReport report) {
        UnorderedList list = new UnorderedList();
        list.setId("verify-checks");
        list.addClassName("gc-checks");
        for (VerificationCheck check : report.checks()) {
            VaadinIcon symbol = switch (check.outcome()) {
                case PASSED -> VaadinIcon.CHECK_CIRCLE;
                case FAILED -> VaadinIcon.CLOSE_CIRCLE;
                case NOT_CHECKED -> VaadinIcon.MINUS_CIRCLE_O;
            };
            Icon icon = symbol.create();
            icon.addClassName("gc-check-icon");
            icon.getElement().setAttribute("aria-label", t("verify.outcome." + check.outcome().name()));
            Span name = new Span(CredentialTexts.check(check.code()));
            name.addClassName("gc-check-name");
            Span message = new Span(check.message());
            message.addClassName("gc-check-message");
            ListItem item = new ListItem(icon, name, message);
            item.setId("verify-check-" + check.code());
            item.addClassNames("gc-check", "gc-check-" + CredentialTexts.slug(check.outcome()));
            list.add(item);
        }
        return list;
    }

    private static Component facts(CredentialSummary c, VerificationReport report) {
        Div facts = new Div();
        facts.setId("verify-facts");
        facts.addClassName("gc-facts");
        fact(facts, "verify-number", t("credential.number"), new Span(c.certificateNumber()));
        fact(facts, "verify-holder", t("credential.holder"), new Span(c.holderName()));
        fact(facts, "verify-scheme", t("credential.scheme"), new Span(CredentialTexts.scheme(c)));
        fact(facts, "verify-validity", t("credential.validity"), new Span(CredentialTexts.validity(c)));
        fact(facts, "verify-issuer", t("credential.issuer"), new Span(c.issuerName()));
        fact(facts, "verify-state", t("credential.state"), CredentialTexts.badge(c));
        fact(facts, "verify-issued", t("credential.issued.at"), new Span(CredentialTexts.date(c.issuedAt())));
        report.supplier().ifPresent(s -> {
            Anchor page = new Anchor("suppliers/" + s.value(), t("verify.supplier.page", c.holderName()));
            page.setId("verify-supplier-link");
            facts.add(new Paragraph(page));
        });
        return facts;
    }

    private static void fact(Div facts, String id, String label, Component value) {
        Span name = new Span(label);
        name.addClassName("gc-fact-label");
        value.setId(id);
        Div row = new Div(name, value);
        row.addClassName("gc-fact");
        facts.add(row);
    }
}
