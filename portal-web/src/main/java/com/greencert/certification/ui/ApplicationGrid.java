package com.greencert.certification.ui;

import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.Page;
import com.greencert.certification.domain.Applications;
import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.Blocker;
import com.greencert.certification.service.ApplicationSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A list of applications (the supplier's own, or one work queue), loaded lazily a page at a time; a click
 * opens the application. The status and last-change columns sort when the list offers it; extensions
 * ({@link ApplicationExtensions}) add their columns after the status.
 */
class ApplicationGrid extends Grid<ApplicationSummary> {

    ApplicationGrid(String id, Function<PageRequest, Page<ApplicationSummary>> pages, boolean sortable,
            Iterable<ApplicationExtensions> extensions) {
        setId(id);
        // the first column also says why the reader cannot take the next step, where nobody has to scroll for it
        addComponentColumn(s -> scheme(s, getLocale()))
                .setHeader(t("application.scheme")).setAutoWidth(true).setFlexGrow(1);
        addColumn(s -> s.supplierName().in(getLocale())).setHeader(t("application.supplier")).setAutoWidth(true);
        addColumn(s -> s.bodyName().in(getLocale())).setHeader(t("application.body")).setAutoWidth(true);
        var status = addComponentColumn(s -> Texts.status(s.status())).setHeader(t("application.status")).setAutoWidth(true);
        List<Consumer<List<ApplicationSummary>>> hooks = new ArrayList<>();
        extensions.forEach(extension -> hooks.add(extension.addColumns(this)));
        addComponentColumn(ApplicationGrid::next).setHeader(t("application.next.step")).setAutoWidth(true)
                .setFlexGrow(1);
        addColumn(s -> Texts.date(s.validUntil())).setHeader(t("certificate.valid.until")).setAutoWidth(true);
        var updated = addColumn(s -> Texts.when(s.updatedAt())).setHeader(t("application.updated")).setAutoWidth(true);
        if (sortable) {
            status.setSortProperty(Applications.SORT_STATUS);
            updated.setSortProperty(Applications.SORT_UPDATED);
        }
        setPartNameGenerator(s -> s.overdue() ? "gc-overdue" : null);
        setHeight("24em");
        LazyRows.bind(this, request -> {
            Page<ApplicationSummary> page = pages.apply(request);
            hooks.forEach(hook -> hook.accept(page.items()));
            return page;
        });
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                new RouteParameters(ApplicationView.ID, click.getItem().id().toString()))));
    }

    /**
     * The scheme, and under it why the reader cannot take the next step (a list never hides that); the other
     * party's turn is said by the next-step column already.
     */
    private static Span scheme(ApplicationSummary s, java.util.Locale locale) {
        Span cell = new Span(s.schemeCode() + " v" + s.schemeVersion() + " — " + s.schemeName());
        s.blocker().filter(b -> b.reason() != Blocker.Reason.OTHER_PARTY).ifPresent(b -> cell.add(Texts.blocker(b, locale)));
        return cell;
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
