package com.greencert.tenant.ui;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.Notices;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.service.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One tenant for the platform administrator: its names and country to correct, and its suspension or
 * reactivation (each asked for with the consequence in words).
 */
class TenantEditDialog extends Dialog {

    private final TenantService tenants;
    private final Tenant tenant;
    private final Runnable onChanged;
    private final TextField nameEn = field("tenant.name.en", "edit-name-en", 200);
    private final TextField nameZh = field("tenant.name.zh", "edit-name-zh", 200);
    private final TextField country = field("tenant.country", "edit-country", 2);

    TenantEditDialog(TenantService tenants, Tenant tenant, Runnable onChanged) {
        this.tenants = tenants;
        this.tenant = tenant;
        this.onChanged = onChanged;
        setId("tenant-editor");
        setWidth("min(40em, 95vw)");
        setHeaderTitle(getTranslation("tenant.edit.title", tenant.id().value()));
        nameEn.setValue(tenant.nameEn());
        nameZh.setValue(tenant.nameZh() == null ? "" : tenant.nameZh());
        country.setValue(tenant.country() == null ? "" : tenant.country());
        Paragraph status = new Paragraph(tenant.isSuspended()
                ? getTranslation("tenant.status.suspended.since", tenant.suspendedAt().map(t -> java.time.format.DateTimeFormatter
                        .ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(t.atOffset(java.time.ZoneOffset.UTC))).orElse(""))
                : getTranslation("tenant.status.active.text"));
        status.setId("tenant-status");
        add(status, new FormLayout(nameEn, nameZh, country));
        Button save = new Button(getTranslation("tenant.edit.save"), click -> save());
        save.setId("save-tenant");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button toggle = tenant.isSuspended()
                ? new Button(getTranslation("tenant.reactivate"), click -> confirm("tenant.reactivate.confirm", this::reactivate))
                : new Button(getTranslation("tenant.suspend"), click -> confirm("tenant.suspend.confirm", this::suspend));
        toggle.setId(tenant.isSuspended() ? "reactivate-tenant" : "suspend-tenant");
        if (!tenant.isSuspended()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button close = new Button(getTranslation("action.close"), click -> close());
        getFooter().add(toggle, close, save);
    }

    private void save() {
        try {
            tenants.edit(tenant.id(), nameEn.getValue(), nameZh.getValue(), country.getValue());
            Notices.done(getTranslation("tenant.edit.saved", nameEn.getValue()));
            onChanged.run();
            close();
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private void suspend() {
        tenants.suspend(tenant.id());
        Notices.done(getTranslation("tenant.suspended.done", tenant.nameEn()));
    }

    private void reactivate() {
        tenants.reactivate(tenant.id());
        Notices.done(getTranslation("tenant.reactivated.done", tenant.nameEn()));
    }

    private void confirm(String questionKey, Runnable action) {
        Dialog ask = new Dialog();
        ask.setId("tenant-confirm");
        ask.add(new Paragraph(getTranslation(questionKey, tenant.nameEn())));
        Button yes = new Button(getTranslation("tenant.confirm.yes"), click -> {
            try {
                action.run();
                onChanged.run();
                ask.close();
                close();
            } catch (DomainException e) {
                Notices.refused(e);
            }
        });
        yes.setId("tenant-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(new Button(getTranslation("action.cancel"), click -> ask.close()), yes);
        ask.open();
    }

    private TextField field(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }
}
