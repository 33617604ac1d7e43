package com.greencert.supplier.ui;

import com.greencert.shared.ui.HomePage;
import com.greencert.shared.ui.MainLayout;
import com.greencert.supplier.service.SvhcSummary;
import com.greencert.supplier.service.ProductService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** An exporter's start: company profile, products, evidence and certification (its {@link SupplierHomeSection}s). */
@Route(value = "supplier", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class SupplierHomeView extends HomePage {

    @Inject
    public SupplierHomeView(ProductService products, Instance<SupplierHomeSection> sections) {
        super("supplier-home", "supplier.home.title", "supplier.home.intro");
        SvhcSummary svhc = products.svhcSummary();
        Paragraph summary = new Paragraph(getTranslation("supplier.summary.svhc", svhc.aboveThreshold(), svhc.products()));
        summary.setId("svhc-summary");
        add(summary);
        sections.forEach(section -> add(section.create()));
        card("supplier.card.profile.title", "supplier.card.profile.text", CompanyProfileView.class);
        card("supplier.card.evidence.title", "supplier.card.evidence.text", "supplier/evidence"); // by address: no feature cycle
        card("supplier.card.certify.title", "supplier.card.certify.text", "applications");
        card("supplier.card.requests.title", "supplier.card.requests.text", "supplier/invitations"); // by address: no feature cycle
    }
}
