package com.greencert.supplier.ui;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.LazyRows;
import com.greencert.supplier.domain.Facilities;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.service.FacilityService;
import com.greencert.supplier.service.RegisterFacility;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** The supplier's facilities (factories, warehouses, laboratories), and the form to register one. */
@Route(value = "supplier/facilities", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class FacilitiesView extends VerticalLayout {

    private final FacilityService facilities;
    private final Grid<Facility> grid = new Grid<>();
    private final TextField name = field("facility.name", "facility-name");
    private final TextField address = field("facility.address", "facility-address");
    private final TextField country = field("facility.country.code", "facility-country");
    private final TextField activities = field("facility.activities", "facility-activities");
    private final NumberField latitude = new NumberField(getTranslation("facility.latitude"));
    private final NumberField longitude = new NumberField(getTranslation("facility.longitude"));

    @Inject
    public FacilitiesView(FacilityService facilities) {
        this.facilities = facilities;
        setId("facilities");
        String language = LanguagePreference.language(getLocale());
        grid.addColumn(Facility::name).setHeader(getTranslation("facility.name")).setAutoWidth(true)
                .setSortProperty(Facilities.SORT_NAME);
        grid.addColumn(f -> f.country().name(language)).setHeader(getTranslation("facility.country"))
                .setSortProperty(Facilities.SORT_COUNTRY);
        grid.addColumn(Facility::address).setHeader(getTranslation("facility.address"));
        grid.addColumn(f -> f.activities().orElse("")).setHeader(getTranslation("facility.activities"));
        grid.setHeight("24em");
        Button register = new Button(getTranslation("facility.register"), click -> register());
        register.setId("register-facility");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.facilities")), grid, new H3(getTranslation("facility.new")),
                new FormLayout(name, address, country, activities, latitude, longitude), register);
        LazyRows.bind(grid, facilities::list);
    }

    private void register() {
        try {
            Facility facility = facilities.register(new RegisterFacility(name.getValue(), address.getValue(),
                    country.getValue(), latitude.getValue(), longitude.getValue(), activities.getValue()));
            grid.getDataProvider().refreshAll();
            Notices.done(getTranslation("facility.registered", facility.name()));
            name.clear();
            address.clear();
            activities.clear();
            latitude.clear();
            longitude.clear();
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        // the facility's own limits, stopped at the field; the country is an ISO code of two letters
        field.setMaxLength(switch (id) {
            case "facility-country" -> 2;
            case "facility-name" -> Facility.NAME_MAX;
            default -> Facility.TEXT_MAX;
        });
        return field;
    }
}
