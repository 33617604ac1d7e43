package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.Scheme;
import com.greencert.certification.service.SchemeDraft;
import com.greencert.certification.service.SchemeService;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * A tenant admin of a certification body writes a new scheme with its criteria (version 1, a draft), or changes
 * the draft version chosen in the list. A published version is never shown here: it cannot change.
 */
class SchemeForm extends VerticalLayout {

    private final H3 title = new H3();
    private final TextField code = new TextField(t("scheme.code"));
    private final TextField nameEn = new TextField(t("scheme.name.en"));
    private final TextField nameZh = new TextField(t("scheme.name.zh"));
    private final IntegerField validity = new IntegerField(t("scheme.validity.months"));
    private final IntegerField surveillance = new IntegerField(t("scheme.surveillance.months"));
    private final CriteriaEditor criteria = new CriteriaEditor();
    private final Button save = new Button();
    private final Button writeNew = new Button(t("scheme.write.new"));
    private Scheme draft;

    /** {@code onSaved} after a scheme is created or a draft changed; {@code onNew} when the admin leaves a draft. */
    SchemeForm(SchemeService schemes, Runnable onSaved, Runnable onNew) {
        setId("scheme-form");
        setPadding(false);
        code.setId("scheme-code");
        nameEn.setId("scheme-name-en");
        nameZh.setId("scheme-name-zh");
        validity.setId("scheme-validity");
        surveillance.setId("scheme-surveillance");
        save.addClickListener(click -> {
            SchemeDraft written = new SchemeDraft(code.getValue(), nameEn.getValue(), nameZh.getValue(),
                    validity.getValue() == null ? 0 : validity.getValue(),
                    surveillance.getValue() == null ? 0 : surveillance.getValue(), criteria.criteria());
            Scheme changing = draft;
            if (changing == null && Texts.attempt(() -> schemes.create(written))) {
                Notices.done(t("scheme.created", code.getValue()));
                onSaved.run();
            } else if (changing != null && Texts.attempt(() -> schemes.revise(changing.id(), written))) {
                Notices.done(t("scheme.draft.saved", changing.code(), changing.versionNo()));
                onSaved.run();
            }
        });
        save.setId("scheme-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        writeNew.setId("scheme-write-new");
        writeNew.addClickListener(click -> onNew.run());
        add(title, new FormLayout(code, nameEn, nameZh, validity, surveillance), new H4(t("scheme.criteria")), criteria,
                new HorizontalLayout(save, writeNew));
        edit(null);
    }

    /** Shows the draft version to change, or (null) an empty form for a new scheme. */
    void edit(Scheme draftVersion) {
        this.draft = draftVersion;
        boolean isNew = draftVersion == null;
        title.setText(isNew ? t("scheme.new") : t("scheme.draft.edit", draftVersion.code(), draftVersion.versionNo()));
        save.setText(t(isNew ? "scheme.create" : "scheme.draft.save"));
        writeNew.setVisible(!isNew);
        code.setReadOnly(!isNew);
        code.setValue(isNew ? "" : draftVersion.code());
        nameEn.setValue(isNew ? "" : draftVersion.nameEn());
        nameZh.setValue(isNew ? "" : draftVersion.nameZh().orElse(""));
        validity.setValue(isNew ? 36 : draftVersion.validityMonths());
        surveillance.setValue(isNew ? 12 : draftVersion.surveillanceMonths());
        criteria.show(isNew ? List.of() : draftVersion.criteria());
    }
}
