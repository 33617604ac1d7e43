package com.greencert.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A signed-in person whose account has no GreenCert role yet. */
@Route(value = "no-role", layout = MainLayout.class)
@PermitAll
public class NoRoleView extends VerticalLayout {

    public NoRoleView() {
        add(new H2(getTranslation("norole.title")), new Paragraph(getTranslation("norole.text")));
    }
}
