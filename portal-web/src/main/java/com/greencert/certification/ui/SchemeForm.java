package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.service.SchemeDraft;
import com.greencert.certification.service.SchemeService;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** A tenant admin of a certification body writes a new scheme with its criteria. */
class SchemeForm extends VerticalLayout {

    SchemeForm(SchemeService schemes, Runnable onCreated) {
        setId("scheme-form");
        setPadding(false);
        TextField code = new TextField(t("scheme.code"));
        code.setId("scheme-code");
        TextField nameEn = new TextField(t("scheme.name.en"));
        nameEn.setId("scheme-name-en");
        TextField nameZh = new TextField(t("scheme.name.zh"));
        nameZh.setId("scheme-name-zh");
        IntegerField validity = new IntegerField(t("scheme.validity.months"));
        validity.setId("scheme-validity");
        validity.setValue(36);
        IntegerField surveillance = new IntegerField(t("scheme.surveillance.months"));
        surveillance.setId("scheme-surveillance");
        surveillance.setValue(12);
        CriteriaEditor criteria = new CriteriaEditor();
        Button create = new Button(t("scheme.create"), click -> {
            if (Texts.attempt(() -> schemes.create(new SchemeDraft(code.getValue(), nameEn.getValue(), nameZh.getValue(),
                    validity.getValue() == null ? 0 : validity.getValue(),
                    surveillance.getValue() == null ? 0 : surveillance.getValue(), criteria.criteria())))) {
                Notices.done(t("scheme.created", code.getValue()));
                onCreated.run();
            }
        });
        create.setId("scheme-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(t("scheme.new")), new FormLayout(code, nameEn, nameZh, validity, surveillance),
                new H4(t("scheme.criteria")), criteria, create);
    }
}
