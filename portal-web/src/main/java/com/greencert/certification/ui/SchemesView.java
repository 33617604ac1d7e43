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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * A certification body's schemes with their criteria and state (draft or published), its accreditation scope and
 * its staff's conflicts of interest. Tenant admins write schemes, change and publish drafts (after confirming),
 * and start new versions of published ones; a published version cannot change, and the page says so.
 */
@Route(value = "schemes", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed({"tenant-admin", "assessor", "reviewer", "decision-maker"})
public class SchemesView extends VerticalLayout {

    private final SchemeService schemes;
    private final Grid<Scheme> grid = new Grid<>();
    private final Grid<Criterion> criteria = new Grid<>();
    private final Button publish = new Button(t("scheme.publish"));
    private final Button nextVersion = new Button(t("scheme.next.version"));
    private final Paragraph frozenNote = new Paragraph();
    private SchemeForm form;
    private Scheme current;

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
            publish.setId("scheme-publish");
            publish.addClickListener(click -> confirmPublish(current));
            nextVersion.setId("scheme-next-version");
            nextVersion.addClickListener(click -> {
                Scheme[] next = new Scheme[1];
                if (current != null && Texts.attempt(() -> next[0] = schemes.nextVersion(current.id()))) {
                    Notices.done(t("scheme.version.started", current.code()));
                    refresh();
                    selected(next[0]); // the new draft, ready to change in the form
                }
            });
            frozenNote.setId("scheme-published-note");
            form = new SchemeForm(schemes, this::refresh, grid::deselectAll);
            add(new HorizontalLayout(publish, nextVersion), frozenNote, form);
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
        grid.addComponentColumn(SchemesView::state).setHeader(t("scheme.state")).setAutoWidth(true);
        grid.addComponentColumn(SchemesView::frozen).setHeader(t("scheme.frozen")).setAutoWidth(true);
        grid.addColumn(s -> s.criteria().size()).setHeader(t("scheme.criteria.count")).setAutoWidth(true);
        grid.setHeight("20em");
        grid.asSingleSelect().addValueChangeListener(e -> selected(e.getValue()));
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

    /**
     * A draft is changed in the form below and may be published; a published version may be followed by a new
     * version, and the page says why it cannot be changed itself.
     */
    private void selected(Scheme s) {
        current = s;
        criteria.setItems(s == null ? List.of() : s.criteria());
        boolean draft = s != null && !s.published();
        publish.setEnabled(draft);
        nextVersion.setEnabled(s != null && s.published());
        frozenNote.setVisible(s != null && s.published());
        if (s != null && s.published()) {
            frozenNote.setText(t("scheme.published.note", s.code(), s.versionNo()));
        }
        if (form != null) {
            form.edit(draft ? s : null);
        }
    }

    private void confirmPublish(Scheme s) {
        if (s == null) {
            return;
        }
        new ActionDialog("scheme-publish-dialog", t("scheme.publish"), t("scheme.publish.explain", s.code(), s.versionNo()))
                .onConfirm(() -> {
                    boolean done = Texts.attempt(() -> schemes.publish(s.id()));
                    if (done) {
                        Notices.done(t("scheme.published.done", s.code(), s.versionNo()));
                        refresh();
                    }
                    return done;
                }).open();
    }

    /** "Draft" or "Published" in the reader's language, as a badge. */
    private static Span state(Scheme s) {
        Span badge = new Span(t("scheme.state." + s.state().name()));
        badge.setId("scheme-state-" + s.code().toLowerCase(Locale.ROOT) + "-v" + s.versionNo());
        badge.addClassNames("gc-badge", s.published() ? "gc-badge-valid" : "gc-badge-no-expiry");
        return badge;
    }

    private static Span frozen(Scheme s) {
        Span badge = new Span(t(s.frozen() ? "scheme.frozen.yes" : "scheme.frozen.no"));
        badge.addClassNames("gc-badge", s.frozen() ? "gc-badge-no-expiry" : "gc-badge-valid");
        return badge;
    }

    private void refresh() {
        grid.deselectAll();
        LazyRows.bind(grid, schemes::list);
        selected(null);
    }
}
