package com.greencert.certification.ui;

import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.ui.LazyRows;
import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.service.SchemeService;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.Role;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;

/** The body's accreditation scope (scheme × HS chapters × valid until); its administrators add to it. */
class AccreditationPanel extends VerticalLayout {

    private final SchemeService schemes;
    private final Caller caller;
    private final Grid<Accreditation> grid = new Grid<>();

    AccreditationPanel(SchemeService schemes, Caller caller) {
        this.schemes = schemes;
        this.caller = caller;
        setPadding(false);
        grid.setId("accreditation-grid");
        grid.addColumn(Accreditation::schemeCode).setHeader(t("scheme.code")).setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.chapters())).setHeader(t("accreditation.chapters")).setAutoWidth(true);
        grid.addColumn(a -> Texts.date(a.validUntil())).setHeader(t("certificate.valid.until")).setAutoWidth(true);
        grid.setHeight("16em");
        add(new H3(t("scheme.accreditation")), grid);
        if (caller.has(Role.TENANT_ADMIN)) {
            add(form());
        }
        refresh();
    }

    private FormLayout form() {
        ComboBox<String> code = new ComboBox<>(t("scheme.code"));
        code.setId("accreditation-scheme");
        code.setItems(schemes.list(PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream().map(Scheme::code).distinct()
                .toList());
        TextField chapters = new TextField(t("accreditation.chapters"));
        chapters.setId("accreditation-chapters");
        chapters.setHelperText(t("accreditation.chapters.help"));
        DatePicker until = new DatePicker(t("certificate.valid.until"));
        until.setId("accreditation-until");
        Button add = new Button(t("accreditation.add"), click -> {
            var list = Arrays.stream(chapters.getValue().split("[\\s,;]+")).filter(c -> !c.isBlank()).toList();
            if (Texts.attempt(() -> schemes.accredit(code.getValue(), list, until.getValue()))) {
                Notices.done(t("accreditation.added"));
                chapters.clear();
                refresh();
            }
        });
        add.setId("accreditation-add");
        return new FormLayout(code, chapters, until, add);
    }

    private void refresh() {
        LazyRows.bind(grid, page -> schemes.accreditations(caller.tenantId(), page));
    }
}
