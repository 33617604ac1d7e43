package com.greencert.certification.ui;

import com.greencert.certification.service.ApplicationService;
import com.greencert.supplier.ui.SupplierHomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** On the exporter's home page: how many of its applications wait for it, linked to the list of them. */
@Dependent
public class ApplicationsWaitingSection implements SupplierHomeSection {

    @Inject
    ApplicationService applications;

    @Override
    public Component create() {
        RouterLink toApplications = new RouterLink("", ApplicationsView.class);
        toApplications.setText(toApplications.getTranslation("supplier.summary.applications",
                applications.waitingOnCaller()));
        toApplications.setId("applications-summary");
        return toApplications;
    }
}
