package com.greencert.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address the portal does not know: the portal's own "page not found" in the reader's language, inside the
 * public frame (brand, language switch, sign-in or one's own home), with a link to the start page, and a 404.
 * It replaces Vaadin's route error page, which lists the application's routes.
 */
@AnonymousAllowed
@ParentLayout(PublicLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        H2 title = new H2(getTranslation("not.found.title"));
        title.setId("not-found-title");
        Anchor home = new Anchor("", getTranslation("not.found.home"));
        home.setId("not-found-home");
        home.setRouterIgnore(true); // a full load: the start page sends a signed-in person to their home
        add(title, new Paragraph(getTranslation("not.found.text")), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
