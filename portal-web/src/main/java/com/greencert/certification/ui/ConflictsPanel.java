package com.greencert.certification.ui;

import com.greencert.shared.ui.LazyRows;
import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.ConflictOfInterest;
import com.greencert.certification.service.SchemeService;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Declared conflicts of interest (a staff member's own; all of them for a tenant admin) and a form to declare one. */
class ConflictsPanel extends VerticalLayout {

    private final SchemeService schemes;
    private final Caller caller;
    private final Grid<ConflictOfInterest> grid = new Grid<>();

    ConflictsPanel(SchemeService schemes, Caller caller) {
        this.schemes = schemes;
        this.caller = caller;
        setId("conflicts");
        setPadding(false);
        grid.setId("conflicts-grid");
        grid.addColumn(ConflictOfInterest::username).setHeader(t("conflict.staff")).setAutoWidth(true);
        grid.addColumn(c -> c.supplier().value()).setHeader(t("conflict.supplier")).setAutoWidth(true);
        grid.addColumn(ConflictOfInterest::reason).setHeader(t("conflict.reason")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> Texts.when(c.declaredAt())).setHeader(t("conflict.declared")).setAutoWidth(true);
        grid.setHeight("16em");
        add(new H3(t("conflict.title")), grid);
        if (caller.has(Role.ASSESSOR) || caller.has(Role.REVIEWER) || caller.has(Role.DECISION_MAKER)) {
            add(form());
        }
        refresh();
    }

    private FormLayout form() {
        TextField supplier = new TextField(t("conflict.supplier.tenant"));
        supplier.setId("conflict-supplier");
        TextArea reason = new TextArea(t("conflict.reason"));
        reason.setId("conflict-reason");
        Button declare = new Button(t("conflict.declare"), click -> {
            if (Texts.attempt(() -> schemes.declareConflict(TenantId.of(supplier.getValue().strip()), reason.getValue()))) {
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
