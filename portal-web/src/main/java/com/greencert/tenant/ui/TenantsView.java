package com.greencert.tenant.ui;

import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.NewTenant;
import com.greencert.tenant.service.ProvisionedTenant;
import com.greencert.tenant.service.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * All tenants (a click opens one to edit, suspend or reactivate), and the form that opens the portal to a new one
 * with its first administrator.
 */
@Route(value = "admin/tenants", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("platform-admin")
public class TenantsView extends VerticalLayout {

    private final TenantService tenants;
    private final Grid<Tenant> grid = new Grid<>();
    private final TextField alias = field("tenant.alias", "alias");
    private final TextField nameEn = field("tenant.name.en", "name-en");
    private final TextField nameZh = field("tenant.name.zh", "name-zh");
    private final ComboBox<TenantType> type = new ComboBox<>();
    private final TextField country = field("tenant.country", "country");
    private final TextField adminUsername = field("tenant.admin.username", "admin-username");
    private final EmailField adminEmail = new EmailField();
    private final TextField adminFirstName = field("tenant.admin.first", "admin-first");
    private final TextField adminLastName = field("tenant.admin.last", "admin-last");

    @Inject
    public TenantsView(TenantService tenants) {
        this.tenants = tenants;
        setId("tenants");
        String language = LanguagePreference.language(getLocale());
        grid.addColumn(t -> t.id().value()).setHeader(getTranslation("tenant.alias")).setAutoWidth(true);
        grid.addColumn(t -> t.displayName(language)).setHeader(getTranslation("tenant.name"));
        grid.addColumn(t -> getTranslation("tenant.type." + t.type().name())).setHeader(getTranslation("tenant.type"));
        grid.addColumn(Tenant::country).setHeader(getTranslation("tenant.country"));
        grid.addColumn(t -> getTranslation(t.isSuspended() ? "tenant.status.suspended" : "tenant.status.active"))
                .setHeader(getTranslation("tenant.status"));
        grid.addItemClickListener(click -> new TenantEditDialog(tenants, click.getItem(), this::refresh).open());
        grid.setId("tenants-grid");
        grid.setHeight("24em");
        type.setLabel(getTranslation("tenant.type"));
        type.setId("type");
        type.setItems(TenantType.BUYER, TenantType.SUPPLIER, TenantType.CERTIFICATION_BODY);
        type.setItemLabelGenerator(t -> getTranslation("tenant.type." + t.name()));
        adminEmail.setLabel(getTranslation("tenant.admin.email"));
        adminEmail.setId("admin-email");
        Button create = new Button(getTranslation("tenant.create"), click -> create());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(alias, nameEn, nameZh, type, country, adminUsername, adminEmail,
                adminFirstName, adminLastName);
        add(new H2(getTranslation("nav.tenants")), new Paragraph(getTranslation("tenant.grid.hint")), grid, new H3(getTranslation("tenant.new")), form, create);
        refresh();
    }

    private void create() {
        try {
            ProvisionedTenant created = tenants.create(new NewTenant(alias.getValue(), nameEn.getValue(),
                    nameZh.getValue(), type.getValue(), country.getValue(), adminUsername.getValue(),
                    adminEmail.getValue(), adminFirstName.getValue(), adminLastName.getValue()));
            refresh();
            showPassword(created);
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private void showPassword(ProvisionedTenant created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenant.created", created.tenant().nameEn()));
        Paragraph password = new Paragraph(created.temporaryPassword());
        password.setId("temporary-password");
        dialog.add(new Paragraph(getTranslation("tenant.created.password", created.adminUsername())), password);
        dialog.getFooter().add(new Button(getTranslation("action.close"), c -> dialog.close()));
        dialog.open();
    }

    private void refresh() {
        LazyRows.bind(grid, tenants::list);
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
