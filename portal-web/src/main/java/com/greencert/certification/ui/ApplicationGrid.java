package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.service.ApplicationSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;

/** A list of applications (the supplier's own, or one work queue); a click opens the application. */
class ApplicationGrid extends Grid<ApplicationSummary> {

    ApplicationGrid(String id, List<ApplicationSummary> items) {
        setId(id);
        addColumn(s -> s.schemeCode() + " v" + s.schemeVersion() + " — " + s.schemeName())
                .setHeader(t("application.scheme")).setAutoWidth(true).setFlexGrow(1);
        addColumn(s -> s.supplierName().in(getLocale())).setHeader(t("application.supplier")).setAutoWidth(true);
        addColumn(s -> s.bodyName().in(getLocale())).setHeader(t("application.body")).setAutoWidth(true);
        addComponentColumn(s -> Texts.status(s.status())).setHeader(t("application.status")).setAutoWidth(true);
        addComponentColumn(ApplicationGrid::next).setHeader(t("application.next.step")).setAutoWidth(true)
                .setFlexGrow(1);
        addColumn(s -> Texts.date(s.validUntil())).setHeader(t("certificate.valid.until")).setAutoWidth(true);
        addColumn(s -> Texts.when(s.updatedAt())).setHeader(t("application.updated")).setAutoWidth(true);
        setPartNameGenerator(s -> s.overdue() ? "gc-overdue" : null);
        setAllRowsVisible(true);
        setItems(items);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                new RouteParameters(ApplicationView.ID, click.getItem().id().toString()))));
    }

    private static Span next(ApplicationSummary s) {
        Span text = new Span(Texts.nextStep(s.nextStep()));
        if (!s.overdue()) {
            return text;
        }
        Span badge = new Span(t("application.overdue"));
        badge.addClassNames("gc-badge", "gc-badge-expired");
        Span cell = new Span(text, badge);
        cell.addClassNames("gc-expiry", "gc-overdue");
        return cell;
    }
}
