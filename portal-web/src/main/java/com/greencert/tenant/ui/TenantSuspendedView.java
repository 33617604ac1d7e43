package com.greencert.tenant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where a person of a suspended tenant lands after signing in (the frame of the portal sends every view here):
 * why, whom to ask, and the way out. Outside the portal's frame, so nothing of the tenant's data is shown.
 */
@Route("suspended")
@PageTitle("GreenCert")
@PermitAll
public class TenantSuspendedView extends VerticalLayout {

    public TenantSuspendedView() {
        setId("tenant-suspended");
        Anchor signOut = new Anchor("logout", getTranslation("action.sign.out"));
        signOut.setId("sign-out");
        signOut.setRouterIgnore(true);
        add(new H2(getTranslation("tenant.suspended.title")), new Paragraph(getTranslation("tenant.suspended.text")),
                signOut);
    }
}
