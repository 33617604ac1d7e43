package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.Appeal;
import com.greencert.certification.domain.ApplicationEvent;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.CoveredItem;
import com.greencert.certification.domain.Verdict;
import com.greencert.certification.service.ApplicationDetails;
import java.util.List;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.stream.Collectors;

/** The verdict, the certificate (and what extensions add to it), the appeals and the application's trail of events. */
class OutcomeSections extends VerticalLayout {

    /** {@code panels}: what extensions show below the certificate (e.g. the credentials issued for it). */
    OutcomeSections(ApplicationDetails details, ActionDialogs dialogs, List<Component> panels) {
        setPadding(false);
        CertificationApplication app = details.application();
        add(new H3(t("application.verdict")), verdict(app.verdict()), new H3(t("application.certificate")),
                certificate(app));
        panels.forEach(this::add);
        add(new H3(t("application.appeals")), appeals(details, dialogs),
                new H3(t("application.history")), history(app));
    }

    private static Paragraph verdict(Verdict v) {
        String review = v.recommendation().map(o -> t("verdict.reviewed", t("verdict.outcome." + o.name()),
                v.reviewer().orElse("—"), v.reviewNote().orElse(""))).orElse(t("verdict.review.pending"));
        String decision = v.decision().map(o -> t("verdict.decided", t("verdict.outcome." + o.name()),
                v.decider().orElse("—"), v.decisionReason().orElse(""), Texts.when(v.decidedAt().orElse(null))))
                .orElse(t("verdict.decision.pending"));
        Paragraph p = new Paragraph(review + " " + decision);
        p.setId("verdict");
        return p;
    }

    private static Paragraph certificate(CertificationApplication app) {
        var c = app.certificate();
        Paragraph p;
        if (!c.issued()) {
            p = new Paragraph(t("certificate.none"));
        } else {
            Map<String, String> labels = app.scopeItems().stream()
                    .collect(Collectors.toMap(CoveredItem::itemId, CoveredItem::label, (a, b) -> a));
            String scope = c.scope().stream().map(id -> labels.getOrDefault(id, id)).collect(Collectors.joining("; "));
            p = new Paragraph(t("certificate.summary", Texts.date(c.issuedOn()), Texts.date(c.validUntil()), scope,
                    Texts.date(app.surveillanceDue()), Texts.date(c.lastSurveillanceOn())));
        }
        p.setId("certificate");
        return p;
    }

    private static Grid<Appeal> appeals(ApplicationDetails details, ActionDialogs dialogs) {
        Grid<Appeal> grid = new Grid<>();
        grid.setId("appeals-grid");
        grid.addColumn(a -> Texts.when(a.lodgedAt())).setHeader(t("appeal.lodged")).setAutoWidth(true);
        grid.addColumn(Appeal::grounds).setHeader(t("appeal.grounds")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(a -> t("appeal.status." + a.status().name())).setHeader(t("appeal.status")).setAutoWidth(true);
        grid.addColumn(a -> a.handler().orElse("—")).setHeader(t("appeal.handler")).setAutoWidth(true);
        grid.addColumn(a -> a.outcome().orElse("—")).setHeader(t("appeal.outcome")).setAutoWidth(true);
        if (details.appealActions().values().stream().anyMatch(actions -> !actions.isEmpty())) {
            grid.addComponentColumn(a -> appealButtons(a, details.appealActions().get(a.id()), dialogs)).setAutoWidth(true);
        }
        grid.setItems(details.appeals());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The buttons the appeal's own rules offer this person (take up; or uphold/dismiss, one dialog). */
    private static HorizontalLayout appealButtons(Appeal a, List<Appeal.Action> actions, ActionDialogs dialogs) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (actions.contains(Appeal.Action.TAKE_UP)) {
            Button takeUp = new Button(t("appeal.take.up"), click -> dialogs.takeUp(a));
            takeUp.setId("appeal-take-up-" + a.id());
            buttons.add(takeUp);
        } else if (actions.contains(Appeal.Action.UPHOLD)) {
            Button close = new Button(t("appeal.close"), click -> dialogs.closeAppeal(a));
            close.setId("appeal-close-" + a.id());
            buttons.add(close);
        }
        return buttons;
    }

    private static Grid<ApplicationEvent> history(CertificationApplication app) {
        Grid<ApplicationEvent> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(e -> Texts.when(e.occurredAt())).setHeader(t("history.when")).setAutoWidth(true);
        grid.addColumn(e -> t("application.action." + e.action())).setHeader(t("history.action")).setAutoWidth(true);
        grid.addColumn(ApplicationEvent::actor).setHeader(t("history.actor")).setAutoWidth(true);
        grid.addColumn(e -> t("application.status." + e.statusAfter().name())).setHeader(t("history.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.note().map(n -> HistoryNotes.of(n, Texts::t)).orElse("")).setHeader(t("history.note"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.setItems(app.history().reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
