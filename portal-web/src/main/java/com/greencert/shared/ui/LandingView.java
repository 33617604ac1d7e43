package com.greencert.shared.ui;

import com.greencert.shared.caller.CallerContext;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

/** The public front page; a signed-in person goes straight to their role's home. */
@Route("")
@PageTitle("GreenCert")
@AnonymousAllowed
public class LandingView extends VerticalLayout implements BeforeEnterObserver {

    private final CallerContext callers;

    @Inject
    public LandingView(CallerContext callers) {
        this.callers = callers;
        addClassName("gc-landing");
        H1 title = new H1(getTranslation("landing.title"));
        Paragraph tagline = new Paragraph(getTranslation("landing.tagline"));
        Anchor signIn = new Anchor("login", getTranslation("action.sign.in"));
        signIn.setId("sign-in");
        signIn.setRouterIgnore(true);
        signIn.addClassName("gc-primary-link");
        Anchor verify = new Anchor("verify", getTranslation("landing.verify")); // the public verify page
        verify.setId("landing-verify");
        Anchor registry = new Anchor("registry", getTranslation("landing.registry"));
        registry.setId("open-registry");
        add(title, tagline, signIn, verify, registry, new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        callers.current().ifPresent(caller -> event.forwardTo(HomeRoutes.homeOf(caller)));
    }
}
