package com.greencert.supplier.ui;

import com.greencert.shared.ui.HomePage;
import com.greencert.shared.ui.MainLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An exporter's start: company profile, products, evidence and certification. */
@Route(value = "supplier", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class SupplierHomeView extends HomePage {

    public SupplierHomeView() {
        super("supplier-home", "supplier.home.title", "supplier.home.intro");
        card("supplier.card.profile.title", "supplier.card.profile.text");
        card("supplier.card.evidence.title", "supplier.card.evidence.text");
        card("supplier.card.certify.title", "supplier.card.certify.text");
    }
}
