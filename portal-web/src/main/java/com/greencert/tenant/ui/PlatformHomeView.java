package com.greencert.tenant.ui;

import com.greencert.shared.ui.HomePage;
import com.greencert.shared.ui.MainLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The platform operator's start. */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("platform-admin")
public class PlatformHomeView extends HomePage {

    public PlatformHomeView() {
        super("platform-home", "platform.home.title", "platform.home.intro");
        card("platform.card.tenants.title", "platform.card.tenants.text", TenantsView.class);
        card("platform.card.svhc.title", "platform.card.svhc.text", "admin/svhc");
        note("platform.card.lists.title", "platform.card.lists.text"); // no screen yet
    }
}
