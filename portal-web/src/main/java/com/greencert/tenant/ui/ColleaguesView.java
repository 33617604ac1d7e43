package com.greencert.tenant.ui;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.tenant.service.InvitedColleague;
import com.greencert.tenant.service.NewColleague;
import com.greencert.tenant.service.TenantService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Comparator;

/**
 * A tenant administrator invites a colleague into their own organisation and chooses the roles they hold (only
 * those a member of this kind of organisation may have); the colleague signs in with a one-time password.
 */
@Route(value = "team", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("tenant-admin")
public class ColleaguesView extends VerticalLayout {

    private final TenantService tenants;
    private final TextField username = field("colleague.username", "colleague-username", 63);
    private final EmailField email = new EmailField();
    private final TextField firstName = field("colleague.first", "colleague-first", 100);
    private final TextField lastName = field("colleague.last", "colleague-last", 100);
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

    @Inject
    public ColleaguesView(TenantService tenants) {
        this.tenants = tenants;
        setId("colleagues");
        email.setLabel(getTranslation("colleague.email"));
        email.setId("colleague-email");
        roles.setLabel(getTranslation("colleague.roles"));
        roles.setId("colleague-roles");
        roles.setItems(tenants.currentTenant().type().allowedRoles().stream()
                .sorted(Comparator.comparing(Enum::ordinal)).toList());
        roles.setItemLabelGenerator(r -> getTranslation("colleague.role." + r.name()));
        Button invite = new Button(getTranslation("colleague.invite"), click -> invite());
        invite.setId("invite-colleague");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.colleagues")), new Paragraph(getTranslation("colleague.intro")),
                new FormLayout(username, email, firstName, lastName), roles, invite);
    }

    private void invite() {
        try {
            InvitedColleague invited = tenants.invite(new NewColleague(username.getValue(), email.getValue(),
                    firstName.getValue(), lastName.getValue(), roles.getValue()));
            showPassword(invited);
            username.clear();
            email.clear();
            firstName.clear();
            lastName.clear();
            roles.clear();
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private void showPassword(InvitedColleague invited) {
        Dialog dialog = new Dialog();
        dialog.setId("colleague-invited");
        dialog.setHeaderTitle(getTranslation("colleague.invited", invited.username()));
        Paragraph password = new Paragraph(invited.temporaryPassword());
        password.setId("colleague-password");
        dialog.add(new Paragraph(getTranslation("colleague.invited.password", invited.username())), password);
        Button close = new Button(getTranslation("action.close"), c -> dialog.close());
        close.setId("close-invited");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private TextField field(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }
}
