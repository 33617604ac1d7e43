package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.criteria.domain.WatchAlert;
import com.greencert.criteria.service.WatchEntry;
import com.greencert.criteria.service.WatchService;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The buyer's watch list: the suppliers it watches, those with something to know first (a certificate suspended,
 * revoked, expired or expiring; shared evidence expired or expiring; a product above the SVHC threshold), watch
 * another supplier chosen by name, stop watching one.
 */
@Route(value = "buyer/watch", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("buyer")
public class WatchListView extends VerticalLayout {

    private final WatchService watch;
    private final Grid<WatchEntry> grid = new Grid<>();

    @Inject
    public WatchListView(WatchService watch) {
        this.watch = watch;
        setId("watch-list");
        String language = LanguagePreference.language(getLocale());
        grid.setId("watch-grid");
        grid.addColumn(e -> e.supplier().displayName(language)).setHeader(t("invitation.supplier")).setFlexGrow(2);
        grid.addComponentColumn(this::alerts).setHeader(t("watch.alerts")).setFlexGrow(4);
        grid.addColumn(e -> CriterionTexts.day(e.since())).setHeader(t("watch.since")).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Button stop = new Button(t("watch.stop"), click -> {
                if (Notices.attempt(() -> watch.unwatch(e.supplier().id()))) {
                    Notices.done(t("watch.stopped", e.supplier().displayName(language)));
                    refresh();
                }
            });
            stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            stop.addClassName("gc-watch-stop");
            return stop;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        add(new H2(t("watch.title")), new Paragraph(t("watch.intro")), addForm(language), grid);
        refresh();
    }

    private Component alerts(WatchEntry entry) {
        if (entry.alerts().isEmpty()) {
            return new Div(t("watch.nothing"));
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (WatchAlert a : entry.alerts()) {
            String text = a.message(getLocale()) + (a.on() == null ? "" : " (" + a.on() + ")");
            Div line = new Div(text);
            line.addClassName("gc-watch-alert");
            list.add(line);
        }
        return list;
    }

    private Component addForm(String language) {
        SupplierPicker supplier = new SupplierPicker("watch-supplier", watch::suppliers, language);
        Button add = new Button(t("watch.add"), click -> {
            if (!supplier.chosen()) {
                return;
            }
            if (Notices.attempt(() -> watch.watch(supplier.getValue().id()))) {
                Notices.done(t("watch.added", supplier.getValue().displayName(language)));
                supplier.clear();
                refresh();
            }
        });
        add.setId("watch-add");
        HorizontalLayout form = new HorizontalLayout(supplier, add);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        LazyRows.bind(grid, watch::watched);
    }
}
