package com.greencert.shared.ui;

import com.greencert.shared.caller.CallerContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

/**
 * The frame of the public pages (anyone may open them, signed in or not): the brand, the supplier registry, the
 * language switch, and a way to sign in (or back to one's own home when signed in). Unlike {@link MainLayout} it
 * needs no caller.
 */
@AnonymousAllowed
public class PublicLayout extends VerticalLayout implements RouterLayout {

    private final Div content = new Div();

    @Inject
    public PublicLayout(CallerContext callers) {
        addClassName("gc-public");
        Anchor brand = new Anchor("", "GreenCert");
        brand.addClassName("gc-brand");
        Anchor registry = new Anchor("registry", getTranslation("public.registry.link"));
        registry.setId("public-registry");
        Span spacer = new Span();
        Anchor account = callers.current().isPresent()
                ? new Anchor("", getTranslation("public.my.home"))
                : new Anchor("login", getTranslation("action.sign.in"));
        account.setId(callers.current().isPresent() ? "public-home" : "sign-in");
        account.setRouterIgnore(true);
        HorizontalLayout bar = new HorizontalLayout(brand, registry, spacer, new LanguageSwitch(), account);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(spacer);
        bar.addClassName("gc-public-bar");
        content.addClassName("gc-public-content");
        content.setWidthFull();
        add(bar, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view instanceof Component component) {
            content.add(component);
        } else {
            content.getElement().appendChild(view.getElement());
        }
    }
}
