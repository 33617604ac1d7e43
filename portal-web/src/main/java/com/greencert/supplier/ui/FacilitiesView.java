package com.greencert.supplier.ui;

import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.MainLayout;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.service.FacilityService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** The supplier's facilities (factories, warehouses, laboratories). */
@Route(value = "supplier/facilities", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class FacilitiesView extends VerticalLayout {

    @Inject
    public FacilitiesView(FacilityService facilities) {
        setId("facilities");
        String language = LanguagePreference.language(getLocale());
        Grid<Facility> grid = new Grid<>();
        grid.addColumn(Facility::name).setHeader(getTranslation("facility.name")).setAutoWidth(true);
        grid.addColumn(f -> f.country().name(language)).setHeader(getTranslation("facility.country"));
        grid.addColumn(Facility::address).setHeader(getTranslation("facility.address"));
        grid.addColumn(f -> f.activities().orElse("")).setHeader(getTranslation("facility.activities"));
        grid.setItems(facilities.list());
        add(new H2(getTranslation("nav.facilities")), grid);
    }
}
