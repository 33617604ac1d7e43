package com.greencert.credential.ui;

import static com.greencert.credential.ui.CredentialTexts.t;

import com.greencert.credential.service.CredentialSummary;
import com.greencert.credential.service.PublicCredentials;
import com.greencert.credential.service.PublicSupplierPage;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.ui.PublicLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * A supplier as the public sees it: only the profile fields the supplier marked public, and the credentials
 * issued to it with their live state, each opening its verification. An unknown supplier is told as such.
 */
@Route(value = "suppliers/:" + SupplierPublicView.ID, layout = PublicLayout.class)
@PageTitle("GreenCert")
@AnonymousAllowed
public class SupplierPublicView extends VerticalLayout implements BeforeEnterObserver {

    static final String ID = "id";

    private final PublicCredentials credentials;

    @Inject
    public SupplierPublicView(PublicCredentials credentials) {
        this.credentials = credentials;
        setId("public-supplier");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<PublicSupplierPage> page;
        try {
            page = credentials.supplier(TenantId.of(event.getRouteParameters().get(ID).orElse("")), getLocale());
        } catch (DomainException malformed) {
            page = Optional.empty();
        }
        page.ifPresentOrElse(this::show, () -> {
            Paragraph missing = new Paragraph(t("public.supplier.not.found"));
            missing.setId("public-supplier-not-found");
            add(new H2(t("public.supplier.title")), missing, new Anchor("verify", t("public.verify.link")));
        });
    }

    private void show(PublicSupplierPage page) {
        H2 name = new H2(page.displayName());
        name.setId("public-supplier-name");
        Div profile = new Div();
        profile.setId("public-supplier-profile");
        profile.addClassName("gc-facts");
        fact(profile, "public-legal-name-en", t("public.supplier.legal.name.en"), page.legalNameEn());
        fact(profile, "public-legal-name-zh", t("public.supplier.legal.name.zh"), page.legalNameZh());
        fact(profile, "public-uscc", t("public.supplier.uscc"), page.uscc());
        fact(profile, "public-country", t("public.supplier.country"), Optional.ofNullable(page.country())
                .map(code -> Locale.of("", code).getDisplayCountry(getLocale())));
        fact(profile, "public-address", t("public.supplier.address"), page.registeredAddress());
        fact(profile, "public-contact", t("public.supplier.contact"), page.contact());
        add(name, new Paragraph(t("public.supplier.intro")), profile, new H3(t("public.supplier.credentials")));
        if (page.credentials().isEmpty()) {
            Paragraph none = new Paragraph(t("public.supplier.no.credentials"));
            none.setId("public-supplier-no-credentials");
            add(none);
        } else {
            add(grid(page));
        }
    }

    private static Grid<CredentialSummary> grid(PublicSupplierPage page) {
        Grid<CredentialSummary> grid = new Grid<>();
        grid.setId("public-credentials-grid");
        grid.addComponentColumn(c -> {
            Anchor link = new Anchor(CredentialTexts.verifyLink(c), c.certificateNumber());
            link.addClassName("gc-verify-link");
            return link;
        }).setHeader(t("credential.number")).setAutoWidth(true);
        grid.addColumn(CredentialTexts::scheme).setHeader(t("credential.scheme")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> c.issuerName()).setHeader(t("credential.issuer")).setAutoWidth(true);
        grid.addColumn(CredentialTexts::validity).setHeader(t("credential.validity")).setAutoWidth(true);
        grid.addComponentColumn(CredentialTexts::badge).setHeader(t("credential.state")).setAutoWidth(true);
        grid.setItems(page.credentials());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A profile field the supplier made public; one kept private is not shown at all. */
    private static void fact(Div profile, String id, String label, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> {
            Span name = new Span(label);
            name.addClassName("gc-fact-label");
            Span text = new Span(v);
            text.setId(id);
            Div row = new Div(name, text);
            row.addClassName("gc-fact");
            profile.add(row);
        });
    }
}
