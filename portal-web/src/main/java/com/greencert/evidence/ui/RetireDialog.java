package com.greencert.evidence.ui;

import com.greencert.evidence.domain.Retirement;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Retiring a piece of evidence (every version of it): what it means, the reason asked for (at most
 * {@value Retirement#MAX_REASON} characters at the field), and the confirming button; a refusal (e.g. an
 * application not decided yet still carries it) is told and the dialog stays open.
 */
class RetireDialog extends Dialog {

    RetireDialog(EvidenceService evidence, EvidenceEntry current, Runnable retired) {
        setId("retire-dialog");
        String title = current.evidence().title();
        setHeaderTitle(getTranslation("evidence.retire.title", title));
        setWidth("min(36em, 95vw)");
        TextArea reason = new TextArea(getTranslation("evidence.retire.reason"));
        reason.setId("retire-reason");
        reason.setMaxLength(Retirement.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("evidence.retire.help")), reason);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("retire-cancel");
        Button confirm = new Button(getTranslation("evidence.retire.confirm"), click -> {
            try {
                evidence.retire(current.evidence().id(), reason.getValue());
            } catch (DomainException e) {
                Notices.refused(e);
                return;
            }
            Notices.done(getTranslation("evidence.retire.done", title));
            close();
            retired.run();
        });
        confirm.setId("retire-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
    }
}
