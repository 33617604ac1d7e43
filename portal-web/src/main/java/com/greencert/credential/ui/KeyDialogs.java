package com.greencert.credential.ui;

import static com.greencert.credential.ui.CredentialTexts.t;

import com.greencert.credential.service.SigningKeyView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** The two confirmations of the signing keys screen: rotate the key, and mark one compromised (with a reason). */
final class KeyDialogs {

    static final int MAX_REASON = 2000;

    private KeyDialogs() {
    }

    /** Asks before a new key takes over; {@code rotate} answers whether it worked (the dialog then closes). */
    static void rotate(BooleanSupplier rotate) {
        Dialog dialog = new Dialog(t("keys.rotate.title"));
        dialog.setId("key-rotate-dialog");
        dialog.add(new Paragraph(t("keys.rotate.text")));
        Button confirm = new Button(t("keys.rotate.confirm"), click -> {
            if (rotate.getAsBoolean()) {
                dialog.close();
            }
        });
        confirm.setId("key-rotate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        footer(dialog, confirm);
    }

    /** Warns what follows (every credential the key signed stops verifying) and asks why. */
    static void compromise(SigningKeyView key, Predicate<String> markCompromised) {
        Dialog dialog = new Dialog(t("keys.compromise.title", SigningKeysView.shortName(key.keyId())));
        dialog.setId("key-compromise-dialog");
        Paragraph warning = new Paragraph(t("keys.compromise.warning", key.credentialsSigned()));
        warning.addClassName("gc-warning");
        TextArea reason = new TextArea(t("keys.compromise.reason"));
        reason.setId("key-compromise-reason");
        reason.setRequired(true);
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button(t("keys.compromise.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(t("keys.compromise.reason.required"));
            } else if (markCompromised.test(reason.getValue().strip())) {
                dialog.close();
            }
        });
        confirm.setId("key-compromise-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(warning, reason);
        dialog.setWidth("32rem");
        footer(dialog, confirm);
    }

    private static void footer(Dialog dialog, Button confirm) {
        Button cancel = new Button(t("action.cancel"), click -> dialog.close());
        cancel.setId("key-dialog-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
