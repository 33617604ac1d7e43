package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.service.ApplicationDetails;
import com.greencert.certification.service.ApplicationService;
import com.greencert.certification.service.SchemeChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;

/** A supplier chooses a scheme version and starts a draft application, then goes on to fill it in. */
class NewApplicationForm extends VerticalLayout {

    /** The choices are the schemes the service offers a supplier: those of accredited bodies, with the body's name. */
    NewApplicationForm(ApplicationService applications, List<SchemeChoice> schemes) {
        setId("new-application");
        setPadding(false);
        ComboBox<SchemeChoice> scheme = new ComboBox<>(t("application.new.scheme"));
        scheme.setId("new-application-scheme");
        scheme.setItems(schemes);
        scheme.setItemLabelGenerator(s -> Texts.scheme(s.scheme(), getLocale(), s.bodyName().in(getLocale())));
        scheme.setWidth("min(40em, 90vw)");
        Button start = new Button(t("application.new.start"), click -> {
            if (scheme.getValue() == null) {
                return;
            }
            ApplicationDetails[] started = new ApplicationDetails[1];
            if (Texts.attempt(() -> started[0] = applications.start(scheme.getValue().scheme().id()))) {
                getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                        new RouteParameters(ApplicationView.ID, started[0].application().id().toString())));
            }
        });
        start.setId("new-application-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(scheme, start);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(t("application.new")), row);
    }
}
