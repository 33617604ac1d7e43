package com.greencert.svhc.ui;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.ui.MainLayout;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.service.SvhcListService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The SVHC candidate list for the platform operator: the version products are screened against (its label
 * with both its dates, labelled), every version imported so far, and the import of a new one.
 */
@Route(value = "admin/svhc", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("platform-admin")
public class SvhcListView extends VerticalLayout {

    private final SvhcListService lists;
    private final Paragraph current = new Paragraph();
    private final Grid<SvhcListVersion> grid = new Grid<>();
    private Optional<SvhcListVersion> inForce = Optional.empty();

    @Inject
    public SvhcListView(SvhcListService lists) {
        this.lists = lists;
        setId("svhc-list");
        current.setId("svhc-current");
        grid.setId("svhc-versions");
        grid.addColumn(SvhcListVersion::label).setHeader(getTranslation("svhc.version.label")).setAutoWidth(true);
        grid.addColumn(v -> v.publishedOn().toString()).setHeader(getTranslation("svhc.version.adopted")).setAutoWidth(true);
        grid.addColumn(v -> SvhcListTexts.day(v.importedAt())).setHeader(getTranslation("svhc.version.imported"))
                .setAutoWidth(true);
        grid.addColumn(SvhcListVersion::importedBy).setHeader(getTranslation("svhc.version.imported.by"));
        grid.addColumn(SvhcListVersion::entryCount).setHeader(getTranslation("svhc.version.entries"));
        grid.addColumn(this::status).setHeader(getTranslation("svhc.version.status"));
        grid.setHeight("14em");
        // by address: the impact is the criteria feature's (it depends on this one), no feature cycle
        com.vaadin.flow.component.html.Anchor impact = new com.vaadin.flow.component.html.Anchor("admin/svhc-impact",
                getTranslation("svhc.impact.link"));
        impact.setId("svhc-impact-link");
        add(new H2(getTranslation("nav.svhc")), current, new H3(getTranslation("svhc.versions")), grid,
                new SvhcImportPanel(lists, v -> refresh()), impact);
        refresh();
    }

    private String status(SvhcListVersion v) {
        boolean inForceNow = inForce.map(c -> c.id().equals(v.id())).orElse(false);
        String status = getTranslation(inForceNow ? "svhc.version.in.force" : "svhc.version.superseded");
        return v.isStarter() ? status + " · " + getTranslation("svhc.version.starter") : status;
    }

    private void refresh() {
        try {
            inForce = lists.current();
        } catch (DomainException e) {
            inForce = Optional.empty();
        }
        current.setText(inForce.map(v -> getTranslation("svhc.current", SvhcListTexts.describe(this, v.label(),
                v.publishedOn(), v.importedAt(), v.isStarter()), v.entryCount()))
                .orElseGet(() -> getTranslation("svhc.current.none")));
        LazyRows.bind(grid, lists::versions);
    }
}
