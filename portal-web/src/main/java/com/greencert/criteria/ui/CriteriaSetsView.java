package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.service.CriteriaSetService;
import com.greencert.criteria.service.MatchingService;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The buyer's criteria sets: list them, write a new one or revise one criterion by criterion (a version in use is
 * kept and the next one made), delete one never used. Every refusal names the criterion it is about.
 */
@Route(value = "buyer/criteria", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("buyer")
public class CriteriaSetsView extends VerticalLayout {

    private final CriteriaSetService sets;
    private final Map<SchemeId, String> schemes;
    private final Grid<CriteriaSet> grid = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();
    private final TextField name = new TextField(t("criteria.name"));
    private final Grid<Criterion> criteria = new Grid<>();
    private final List<Criterion> draft = new ArrayList<>();
    private final RevisionImpactPanel impact;
    private CriteriaSet editing;

    @Inject
    public CriteriaSetsView(CriteriaSetService sets, MatchingService matching) {
        this.sets = sets;
        this.impact = new RevisionImpactPanel(matching, () -> editing == null ? null : editing.id(), () -> draft);
        this.schemes = sets.schemes(LanguagePreference.language(getLocale()));
        setId("criteria-sets");
        grid.setId("criteria-sets-grid");
        grid.addColumn(CriteriaSet::name).setHeader(t("criteria.name")).setFlexGrow(2);
        grid.addColumn(s -> t("criteria.version.label", s.current().number())).setHeader(t("criteria.version"))
                .setAutoWidth(true);
        grid.addColumn(s -> t(s.current().used() ? "criteria.in.use" : "criteria.draft")).setHeader(t("criteria.state"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.current().criteria().size()).setHeader(t("criteria.count")).setAutoWidth(true);
        grid.setHeight("14em");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        Button create = new Button(t("criteria.new"), click -> edit(null));
        create.setId("criteria-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.setId("criteria-editor");
        editor.setPadding(false);
        editor.setVisible(false);
        buildEditor();
        add(new H2(t("criteria.title")), new Paragraph(t("criteria.intro")),
                new HorizontalLayout(create, new RouterLink(t("criteria.to.invitations"), BuyerInvitationsView.class)),
                grid, editor);
        LazyRows.bind(grid, sets::list);
    }

    private void buildEditor() {
        name.setId("criteria-name");
        name.setMaxLength(CriteriaSet.NAME_MAX);
        name.setWidth("28em");
        criteria.setId("criteria-list");
        criteria.addColumn(c -> CriterionTexts.label(c, id -> schemes.getOrDefault(id, t("criterion.scheme.gone")), getLocale()))
                .setHeader(t("match.criterion")).setFlexGrow(3);
        criteria.addColumn(c -> CriterionTexts.importance(c.importance())).setHeader(t("match.importance")).setAutoWidth(true);
        criteria.addComponentColumn(c -> {
            Button remove = new Button(t("criteria.remove"), click -> {
                draft.remove(c);
                criteria.setItems(draft);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("gc-criterion-remove");
            return remove;
        }).setAutoWidth(true);
        criteria.setAllRowsVisible(true);
        CriterionForm form = new CriterionForm(schemes, getLocale());
        Button add = new Button(t("criteria.add"), click -> form.criterion().ifPresent(c -> {
            draft.add(c);
            criteria.setItems(draft);
        }));
        add.setId("criterion-add");
        Button save = new Button(t("criteria.save"), click -> save());
        save.setId("criteria-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(t("criteria.delete"), click -> {
            if (editing != null && Notices.attempt(() -> sets.delete(editing.id(), editing.lockVersion()))) {
                Notices.done(t("criteria.deleted"));
                close();
            }
        });
        delete.setId("criteria-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        editor.add(new H3(t("criteria.editor")), name, criteria, new H3(t("criteria.add.title")), form, add,
                new HorizontalLayout(save, delete), impact);
    }

    private void edit(CriteriaSet set) {
        editing = set;
        draft.clear();
        if (set != null) {
            draft.addAll(set.current().criteria());
        }
        name.setValue(set == null ? "" : set.name());
        criteria.setItems(draft);
        impact.clear();
        impact.setVisible(set != null); // a new set has no invited suppliers yet
        editor.setVisible(true);
    }

    private void save() {
        if (name.isEmpty()) {
            name.setInvalid(true);
            name.setErrorMessage(t("criteria.name.required"));
            return;
        }
        CriteriaSet before = editing;
        if (Notices.attempt(() -> {
            if (before == null) {
                sets.create(name.getValue(), List.copyOf(draft));
            } else {
                sets.revise(before.id(), before.lockVersion(), name.getValue(), List.copyOf(draft));
            }
        })) {
            Notices.done(t("criteria.saved", name.getValue()));
            close();
        }
    }

    private void close() {
        editing = null;
        editor.setVisible(false);
        grid.asSingleSelect().clear();
        LazyRows.bind(grid, sets::list);
    }
}
