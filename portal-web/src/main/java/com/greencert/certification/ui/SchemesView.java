package com.greencert.certification.ui;

import com.greencert.shared.ui.LazyRows;
import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.Criterion;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.service.SchemeService;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A certification body's schemes with their criteria, its accreditation scope and its staff's conflicts of
 * interest. Tenant admins write schemes and start new versions of frozen ones.
 */
@Route(value = "schemes", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed({"tenant-admin", "assessor", "reviewer", "decision-maker"})
public class SchemesView extends VerticalLayout {

    private final SchemeService schemes;
    private final Grid<Scheme> grid = new Grid<>();
    private final Grid<Criterion> criteria = new Grid<>();
    private final Button nextVersion = new Button(t("scheme.next.version"));

    @Inject
    public SchemesView(SchemeService schemes, TenantService tenants, CallerContext callers) {
        this.schemes = schemes;
        setId("schemes");
        add(new H2(t("nav.schemes")));
        if (tenants.currentTenant().type() != TenantType.CERTIFICATION_BODY) {
            Paragraph note = new Paragraph(t("schemes.body.only"));
            note.setId("schemes-body-only");
            add(note);
            return;
        }
        Caller caller = callers.require();
        add(schemeGrid(), new H3(t("scheme.criteria")), criteriaGrid());
        if (caller.has(Role.TENANT_ADMIN)) {
            nextVersion.setId("scheme-next-version");
            nextVersion.setEnabled(false);
            nextVersion.addClickListener(click -> {
                Scheme s = grid.asSingleSelect().getValue();
                if (s != null && Texts.attempt(() -> schemes.nextVersion(s.id()))) {
                    Notices.done(t("scheme.version.started", s.code()));
                    refresh();
                }
            });
            add(nextVersion, new SchemeForm(schemes, this::refresh));
        }
        add(new AccreditationPanel(schemes, caller), new ConflictsPanel(schemes, caller));
        refresh();
    }

    private Grid<Scheme> schemeGrid() {
        grid.setId("schemes-grid");
        grid.addColumn(Scheme::code).setHeader(t("scheme.code")).setAutoWidth(true);
        grid.addColumn(s -> "v" + s.versionNo()).setHeader(t("scheme.version")).setAutoWidth(true);
        grid.addColumn(Scheme::nameEn).setHeader(t("scheme.name.en")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> s.nameZh().orElse("—")).setHeader(t("scheme.name.zh")).setAutoWidth(true);
        grid.addColumn(s -> t("scheme.months", s.validityMonths())).setHeader(t("scheme.validity.months"));
        grid.addColumn(s -> t("scheme.months", s.surveillanceMonths())).setHeader(t("scheme.surveillance.months"));
        grid.addComponentColumn(SchemesView::frozen).setHeader(t("scheme.frozen")).setAutoWidth(true);
        grid.addColumn(s -> s.criteria().size()).setHeader(t("scheme.criteria.count")).setAutoWidth(true);
        grid.setHeight("20em");
        grid.asSingleSelect().addValueChangeListener(e -> {
            criteria.setItems(e.getValue() == null ? List.of() : e.getValue().criteria());
            nextVersion.setEnabled(e.getValue() != null && e.getValue().frozen());
        });
        return grid;
    }

    private Grid<Criterion> criteriaGrid() {
        criteria.setId("scheme-criteria-grid");
        criteria.addColumn(Criterion::code).setHeader(t("criterion.code")).setAutoWidth(true);
        criteria.addColumn(c -> "zh".equals(getLocale().getLanguage()) ? c.titleZh().orElse(c.titleEn()) : c.titleEn())
                .setHeader(t("criterion.title")).setAutoWidth(true).setFlexGrow(1);
        criteria.addColumn(CriteriaTexts::types).setHeader(t("criterion.evidence.types")).setAutoWidth(true);
        criteria.addColumn(CriteriaTexts::maxAge).setHeader(t("criterion.max.age")).setAutoWidth(true);
        criteria.addColumn(CriteriaTexts::threshold).setHeader(t("criterion.threshold")).setAutoWidth(true);
        criteria.setAllRowsVisible(true);
        return criteria;
    }

    private static Span frozen(Scheme s) {
        Span badge = new Span(t(s.frozen() ? "scheme.frozen.yes" : "scheme.frozen.no"));
        badge.addClassNames("gc-badge", s.frozen() ? "gc-badge-no-expiry" : "gc-badge-valid");
        return badge;
    }

    private void refresh() {
        LazyRows.bind(grid, schemes::list);
        criteria.setItems(List.of());
        nextVersion.setEnabled(false);
    }
}
