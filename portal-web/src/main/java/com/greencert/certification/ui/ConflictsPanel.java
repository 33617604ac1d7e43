package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.ConflictOfInterest;
import com.greencert.certification.service.ConflictEntry;
import com.greencert.certification.service.SchemeService;
import com.greencert.certification.service.SupplierChoice;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.Role;
import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Declared conflicts of interest (a staff member's own; all of them for a tenant admin), active and ended, with
 * a form to declare one against a supplier chosen by name, and a button to end an active one (dated, kept).
 */
class ConflictsPanel extends VerticalLayout {

    private final SchemeService schemes;
    private final Caller caller;
    private final Grid<ConflictEntry> grid = new Grid<>();

    ConflictsPanel(SchemeService schemes, Caller caller) {
        this.schemes = schemes;
        this.caller = caller;
        setId("conflicts");
        setPadding(false);
        grid.setId("conflicts-grid");
        grid.addColumn(e -> e.conflict().username()).setHeader(t("conflict.staff")).setAutoWidth(true);
        grid.addColumn(e -> e.supplierName().in(getLocale())).setHeader(t("conflict.supplier")).setAutoWidth(true);
        grid.addColumn(e -> e.conflict().reason()).setHeader(t("conflict.reason")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(e -> Texts.when(e.conflict().declaredAt())).setHeader(t("conflict.declared")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(t("conflict.state")).setAutoWidth(true);
        grid.setHeight("16em");
        add(new H3(t("conflict.title")), grid);
        if (caller.has(Role.ASSESSOR) || caller.has(Role.REVIEWER) || caller.has(Role.DECISION_MAKER)) {
            add(form());
        }
        refresh();
    }

    /** "Active" with an end button for whoever may end it, or when and by whom it was ended. */
    private Component state(ConflictEntry e) {
        ConflictOfInterest c = e.conflict();
        if (!c.active()) {
            return new Span(t("conflict.ended.on", Texts.when(c.endedAt().orElse(null)), c.endedBy().orElse("—")));
        }
        if (!c.username().equals(caller.username()) && !caller.has(Role.TENANT_ADMIN)) {
            return new Span(t("conflict.active"));
        }
        Button end = new Button(t("conflict.end"), click -> {
            if (Texts.attempt(() -> schemes.endConflict(c.id(), null))) {
                Notices.done(t("conflict.ended.done", e.supplierName().in(getLocale())));
                refresh();
            }
        });
        end.setId("conflict-end-" + c.id());
        end.addClassName("gc-conflict-end");
        end.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new Span(new Span(t("conflict.active") + " "), end);
    }

    private FormLayout form() {
        ComboBox<SupplierChoice> supplier = new ComboBox<>(t("conflict.supplier"));
        supplier.setId("conflict-supplier");
        supplier.setPlaceholder(t("conflict.supplier.search"));
        supplier.setItemLabelGenerator(s -> s.name().in(getLocale()));
        // suppliers by name (or id) as the person types; the list never shows or asks for a tenant id
        supplier.setItems(query -> schemes.suppliers(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()).limit(query.getLimit()));
        TextArea reason = new TextArea(t("conflict.reason"));
        reason.setId("conflict-reason");
        reason.setMaxLength(2000);
        Button declare = new Button(t("conflict.declare"), click -> {
            if (supplier.getValue() == null) {
                supplier.setInvalid(true);
                supplier.setErrorMessage(t("conflict.supplier.required"));
                return;
            }
            if (Texts.attempt(() -> schemes.declareConflict(supplier.getValue().id(), reason.getValue()))) {
                Notices.done(t("conflict.declared.done"));
                supplier.clear();
                reason.clear();
                refresh();
            }
        });
        declare.setId("conflict-declare");
        return new FormLayout(supplier, reason, declare);
    }

    private void refresh() {
        LazyRows.bind(grid, schemes::conflicts);
    }
}
